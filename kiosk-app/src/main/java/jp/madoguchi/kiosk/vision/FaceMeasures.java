package jp.madoguchi.kiosk.vision;

import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfDouble;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * The appearance measures taken inside the face (eyes, mouth, glasses, exposure, sharpness),
 * each a plain number the rules judge. Regions are sized by the distance between the eyes so the
 * same thresholds hold at any resolution.
 */
final class FaceMeasures {
    static final double NO_MOUTH_TEETH = 0.6;
    static final double NO_MOUTH_OPEN = 0.9;
    /**
     * Lips further apart than this share of the eye distance (face mesh) are open: closed mouths on
     * the developer photos read up to 0.15 with the lips' own curve, most under 0.05.
     */
    static final double LIPS_APART = 0.06;
    private FaceMeasures() {
    }

    static double mean(Mat m) {
        return Core.mean(m).val[0];
    }

    static double[] meanStd(MatScope s, Mat m) {
        MatOfDouble mean = new MatOfDouble();
        s.keep(mean);
        MatOfDouble std = new MatOfDouble();
        s.keep(std);
        Core.meanStdDev(m, mean, std);
        return new double[] {mean.toArray()[0], std.toArray()[0]};
    }

    /** Share of pixels of a grey patch at or above {@code level}. */
    static double shareAbove(MatScope s, Mat grey, double level) {
        Mat bin = s.mat();
        Imgproc.threshold(grey, bin, level - 1, 1, Imgproc.THRESH_BINARY);
        return Core.countNonZero(bin) / (double) grey.total();
    }

    /**
     * Share of the mouth box that is teeth (nearly colourless and brighter than the face's skin by
     * at least a third of the headroom to white, so lips, even pale ones on dark skin, and skin
     * highlights do not count) or the dark of an open mouth. NaN when "teeth" fill
     * {@link #NO_MOUTH_TEETH} of the box, or teeth and dark {@link #NO_MOUTH_OPEN}: no smile shows
     * that much (the developer photos' broadest smile 0.37, widest open mouth 0.73), cloth does.
     * The dark is counted only when {@code lipsApart}: a beard or moustache round a closed mouth is
     * dark too.
     */
    static double mouthOpen(MatScope s, Mat bgr, Mat grey, double mx, double my, double ie, double skin,
                            boolean lipsApart) {
        Rect r = MatScope.around(mx, my, 0.7 * ie, 0.34 * ie);
        Mat box = s.sub(grey, r);
        Mat hsv = s.mat();
        Imgproc.cvtColor(s.sub(bgr, r), hsv, Imgproc.COLOR_BGR2HSV);
        Mat sat = s.mat();
        Core.extractChannel(hsv, sat, 1);
        Mat bright = s.mat();
        Imgproc.threshold(box, bright, Math.min(254, Math.max(skin * 1.12 + 12, skin + 0.35 * (255 - skin))), 1,
            Imgproc.THRESH_BINARY);
        Mat pale = s.mat();
        Imgproc.threshold(sat, pale, 70, 1, Imgproc.THRESH_BINARY_INV);
        Mat teeth = s.mat();
        Core.multiply(bright, pale, teeth);
        // darkness by value (brightest channel), so saturated lipstick is not taken for an open mouth
        Mat value = s.mat();
        Core.extractChannel(hsv, value, 2);
        Mat dark = s.mat();
        Imgproc.threshold(value, dark, skin * 0.35, 1, Imgproc.THRESH_BINARY_INV);
        double teethShare = Core.countNonZero(teeth) / (double) box.total();
        double open = teethShare + (lipsApart ? Core.countNonZero(dark) / (double) box.total() : 0);
        // pale or dark cloth over the mouth, not teeth or an open mouth: there is no mouth to judge
        return teethShare >= NO_MOUTH_TEETH || open >= NO_MOUTH_OPEN ? Double.NaN : open;
    }

    /** Mean horizontal-edge strength over the nose bridge, relative to the whole inner face's. */
    static double glassesEdges(MatScope s, Mat grey, Rect inner, double ex, double ey, double ie) {
        Mat bridge = s.sub(grey, MatScope.around(ex, ey - 0.05 * ie, 0.28 * ie, 0.3 * ie));
        Mat face = s.sub(grey, inner);
        return sobelY(s, bridge) / Math.max(1, sobelY(s, face));
    }

    private static double sobelY(MatScope s, Mat m) {
        Mat d = s.mat();
        Imgproc.Sobel(m, d, CvType.CV_16S, 0, 1);
        Mat a = s.mat();
        Core.convertScaleAbs(d, a);
        return mean(a);
    }

    /**
     * Variance of the Laplacian of the inner face scaled to 96 px wide, up or down, at the light of a
     * face of mean grey 128: blur is judged at the size the face will have on the card (a face too
     * small to carry detail reads as soft), and a dim picture is not taken for a soft one (less light
     * scales every difference down; the Laplacian's variance with its square).
     */
    static double sharpness(MatScope s, Mat grey, Rect inner) {
        Mat face = s.sub(grey, inner);
        Mat scaled = s.mat();
        Imgproc.resize(face, scaled, new Size(96, Math.max(1, 96.0 * face.rows() / face.cols())), 0, 0,
            face.cols() > 96 ? Imgproc.INTER_AREA : Imgproc.INTER_LINEAR);
        Mat lap = s.mat();
        Imgproc.Laplacian(scaled, lap, CvType.CV_64F);
        double sd = meanStd(s, lap)[1];
        double light = Math.max(MIN_LIGHT, mean(scaled)) / 128;
        return sd * sd / (light * light);
    }

    /** The darkest face light the sharpness is scaled up from (a black frame is not made sharp by noise). */
    static final double MIN_LIGHT = 24;

    /** Share of strongly red pixels in an eye patch (flash red-eye). */
    static double redEye(MatScope s, Mat bgr, double cx, double cy, double ie) {
        Mat patch = s.sub(bgr, MatScope.around(cx, cy, 0.18 * ie, 0.14 * ie));
        Mat f = s.mat();
        patch.convertTo(f, CvType.CV_32F);
        java.util.List<Mat> ch = new java.util.ArrayList<>();
        Core.split(f, ch);
        ch.forEach(s::keep);
        Mat gb = s.mat();
        Core.max(ch.get(0), ch.get(1), gb);
        Mat ratio = s.mat();
        Core.divide(ch.get(2), gb, ratio);
        Mat red = s.mat();
        Imgproc.threshold(ratio, red, 2.2, 1, Imgproc.THRESH_BINARY);
        Mat bright = s.mat();
        Imgproc.threshold(ch.get(2), bright, 110, 1, Imgproc.THRESH_BINARY);
        Mat both = s.mat();
        Core.multiply(red, bright, both);
        return Core.countNonZero(both) / (double) both.total();
    }
}
