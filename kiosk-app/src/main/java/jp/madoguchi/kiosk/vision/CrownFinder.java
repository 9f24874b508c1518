package jp.madoguchi.kiosk.vision;

import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Size;
import org.opencv.core.Mat;
import org.opencv.core.MatOfDouble;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/**
 * Estimates the crown, the top of the head with the hair, which no face detector returns (their
 * boxes stop near the eyebrows). On a plain background the crown is found directly: when the two
 * top corners are one plain colour, the top of the band between the eyes is checked against them
 * (hair there means the head touches or is cut by the top edge, crown 0); otherwise that band top is
 * the backdrop, and scanning down the band the crown is the first of three rows where most of the
 * band differs from it (the reference follows a slow vignetting gradient). When the corners are not a plain, matching colour (busy room,
 * head filling the frame) the crown is estimated from the face instead: 1.8 eye-to-mouth distances
 * above the eye line, about the median of the ratio on the developer photos where the crown could
 * be found on the backdrop (it spreads from 1.6 to 2.1 with hair volume, so an estimated crown is
 * good to about 10 % of the head length). Hair touching the top edge far above that estimate is an
 * updo ({@link #UPDO_SHARE}); then the estimate stands for the crown.
 */
final class CrownFinder {
    static final double ESTIMATE_RATIO = 1.8;
    /**
     * Hair at the top edge more than this share of the head's length above the estimated crown is
     * an updo: the crop is made from the estimate. On the developer photos the two buns labelled
     * croppable stand 0.32 and 0.40 above it, the heads cut by the edge (labelled too large) 0.14-0.17.
     */
    static final double UPDO_SHARE = 0.25;
    /** Rows and columns at the image's very edge not taken for backdrop (border lines). */
    static final double EDGE_SHARE = 0.012;

    /** The crown framing is measured from, and the top of the hair (the same but for an updo). */
    record Crown(double y, boolean measured, double hairTop) {
        Crown(double y, boolean measured) {
            this(y, measured, y);
        }
    }

    private CrownFinder() {
    }

    static Crown find(Mat bgr, double eyeLineY, double eyeMouth, double bandLeft, double bandRight) {
        double estimate = eyeLineY - ESTIMATE_RATIO * eyeMouth;
        int w = bgr.cols();
        int h = bgr.rows();
        int limit = (int) Math.min(h - 1, eyeLineY - 0.6 * eyeMouth);
        if (limit < 4) {
            return new Crown(estimate, false);
        }
        try (MatScope s = new MatScope()) {
            int cw = Math.max(4, w / 10);
            int ch = Math.max(4, h / 25);
            // the outermost rows and columns may carry a scanner's or frame grabber's line (the Yale
            // photos have a black one along the top): the backdrop is read just inside them
            int edge = Math.max(1, (int) Math.round(EDGE_SHARE * h));
            Scalar[] left = stats(s, s.sub(bgr, new Rect(edge, edge, cw, ch)));
            Scalar[] right = stats(s, s.sub(bgr, new Rect(w - cw - edge, edge, cw, ch)));
            double spread = Math.max(max(left[1]), max(right[1]));
            if (distance(left[0], right[0]) > 30 || spread > 14) {
                return new Crown(estimate, false);
            }
            // studio lighting leaves the corners darker than the middle (vignetting), so the reference
            // is the band's own top rows, once they look like the corners' plain background
            int bandX = (int) bandLeft;
            int bandW = (int) Math.max(2, bandRight - bandLeft);
            Scalar[] top = stats(s, s.sub(bgr, new Rect(bandX, edge, bandW, Math.max(2, ch / 2))));
            double corner = Math.max(distance(top[0], left[0]), distance(top[0], right[0]));
            if (corner > 60 || max(top[1]) > Math.max(18, 3 * spread)) {
                // hair (or a hat) already at the top edge: the head is cut, unless the skull's estimate
                // is far below it, which is hair piled up (a bun), not head
                return estimate > UPDO_SHARE * (ESTIMATE_RATIO + FaceGeometry.CHIN_RATIO) * eyeMouth
                    ? new Crown(estimate, false, 0) : new Crown(0, true);
            }
            double tolerance = Math.max(16, 2.5 * spread); // mean channel difference
            Mat band = s.sub(bgr, new Rect(bandX, edge, bandW, Math.max(1, limit - edge)));
            Mat small = s.mat();
            // one column per band pixel would be slow at 720p; 24 samples across the band are plenty
            Imgproc.resize(band, small, new Size(24, band.rows()), 0, 0, Imgproc.INTER_AREA);
            Mat rowMeans = s.mat();
            Core.reduce(small, rowMeans, 1, Core.REDUCE_AVG, CvType.CV_64F);
            Mat f = s.mat();
            small.convertTo(f, CvType.CV_64F);
            double[] px = new double[(int) f.total() * 3];
            f.get(0, 0, px);
            double[] ref = top[0].val.clone();
            int run = 0;
            for (int y = 0; y < small.rows(); y++) {
                int differ = 0;
                for (int x = 0; x < 24; x++) {
                    int o = (y * 24 + x) * 3;
                    double d = (Math.abs(px[o] - ref[0]) + Math.abs(px[o + 1] - ref[1]) + Math.abs(px[o + 2] - ref[2])) / 3;
                    differ += d > tolerance ? 1 : 0;
                }
                if (differ >= 10) {
                    if (++run == 3) {
                        return new Crown(edge + y - 2, true);
                    }
                } else {
                    run = 0;
                    // follow a slow gradient of the backdrop down the band
                    double[] row = new double[3];
                    rowMeans.get(y, 0, row);
                    for (int c = 0; c < 3; c++) {
                        ref[c] = 0.9 * ref[c] + 0.1 * row[c];
                    }
                }
            }
            return new Crown(estimate, false);
        }
    }

    private static Scalar[] stats(MatScope s, Mat patch) {
        MatOfDouble mean = new MatOfDouble();
        MatOfDouble std = new MatOfDouble();
        s.keep(mean);
        s.keep(std);
        Core.meanStdDev(patch, mean, std);
        double[] m = mean.toArray();
        double[] d = std.toArray();
        return new Scalar[] {new Scalar(m), new Scalar(d)};
    }

    private static double max(Scalar v) {
        return Math.max(v.val[0], Math.max(v.val[1], v.val[2]));
    }

    private static double distance(Scalar a, Scalar b) {
        return Math.sqrt(Math.pow(a.val[0] - b.val[0], 2) + Math.pow(a.val[1] - b.val[1], 2)
            + Math.pow(a.val[2] - b.val[2], 2));
    }
}
