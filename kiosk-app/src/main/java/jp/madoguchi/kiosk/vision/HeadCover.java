package jp.madoguchi.kiosk.vision;

import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * How much of the top of the head is neither skin nor hair: the band between the temples from half
 * an eye distance above the hairline (or the crown, when lower) down to the middle of the forehead,
 * sampled at {@link #GRID} x {@link #GRID} cells. Hair is dark, greyish or brown-to-blond and shows its strands; a cap, a hat,
 * a hood or a scarf of another colour, or of a hair colour but smooth, is neither.
 */
final class HeadCover {
    static final int GRID = 24;
    /** Skin: within this colour distance of the face's own skin ({@link Patches#distance}). */
    static final double SKIN_DISTANCE = 12;
    /**
     * A hair-coloured cell with less fine detail than this (mean absolute Laplacian) is cloth, on a
     * face as sharp as {@link #SHARP_FACE}; less sharp pictures lower the bar with the square root of
     * their sharpness. On the developer photos a median 3 % of the band's hair-coloured cells fall
     * below it, of the flat fabric drawn on them nearly all.
     */
    static final double SMOOTH_DETAIL = 6;
    /** A face sharpness (FaceMeasures.sharpness) at which hair shows its strands. */
    static final double SHARP_FACE = 250;

    private HeadCover() {
    }

    static double share(MatScope s, Mat bgr, FaceLandmarks m, double ie, double crownY, double[] skin,
                        double faceSharpness) {
        double left = m.x(FaceLandmarks.CHEEK_LEFT);
        double right = m.x(FaceLandmarks.CHEEK_RIGHT);
        double inset = 0.12 * (right - left);
        // from the hairline half an eye distance up (never above the crown) to the middle of the
        // forehead: what sits on the head covers this band; the sky of a busy room above it does not count
        double top = Math.max(0, Math.max(crownY, m.y(FaceLandmarks.FOREHEAD_TOP) - 0.5 * ie));
        double bottom = m.y(FaceLandmarks.FOREHEAD_MID);
        if (bottom - top < 4 || right - left < 8) {
            return Double.NaN;
        }
        Rect r = MatScope.clip(new Rect((int) (left + inset), (int) top, (int) (right - left - 2 * inset),
            (int) (bottom - top)), bgr.cols(), bgr.rows());
        Mat small = s.mat();
        Imgproc.resize(s.sub(bgr, r), small, new Size(GRID, GRID), 0, 0, Imgproc.INTER_AREA);
        Mat hsv = s.mat();
        Imgproc.cvtColor(small, hsv, Imgproc.COLOR_BGR2HSV);
        Mat ycc = s.mat();
        Imgproc.cvtColor(small, ycc, Imgproc.COLOR_BGR2YCrCb);
        byte[] h = new byte[GRID * GRID * 3];
        byte[] y = new byte[GRID * GRID * 3];
        hsv.get(0, 0, h);
        ycc.get(0, 0, y);
        byte[] detail = detail(s, s.sub(bgr, r));
        // hair is strands: as detailed as the face at least; cloth in a hair colour is smoother
        double smoothBelow = SMOOTH_DETAIL * Math.min(1, Math.sqrt(Math.max(0, faceSharpness) / SHARP_FACE));
        int covered = 0;
        for (int i = 0; i < GRID * GRID; i++) {
            double[] c = {y[3 * i] & 0xff, y[3 * i + 1] & 0xff, y[3 * i + 2] & 0xff};
            if (Patches.distance(c, skin) > SKIN_DISTANCE
                && (!hair(h[3 * i] & 0xff, h[3 * i + 1] & 0xff, h[3 * i + 2] & 0xff) || (detail[i] & 0xff) < smoothBelow)) {
                covered++;
            }
        }
        return covered / (double) (GRID * GRID);
    }

    /**
     * Fine detail per grid cell: the band at four samples per cell, the mean absolute Laplacian of
     * each cell's four by four.
     */
    private static byte[] detail(MatScope s, Mat band) {
        Mat grey = s.mat();
        Imgproc.cvtColor(band, grey, Imgproc.COLOR_BGR2GRAY);
        Mat fine = s.mat();
        Imgproc.resize(grey, fine, new Size(4 * GRID, 4 * GRID), 0, 0, Imgproc.INTER_AREA);
        Mat lap = s.mat();
        Imgproc.Laplacian(fine, lap, CvType.CV_16S);
        Mat abs = s.mat();
        Core.convertScaleAbs(lap, abs);
        Mat cells = s.mat();
        Imgproc.resize(abs, cells, new Size(GRID, GRID), 0, 0, Imgproc.INTER_AREA);
        byte[] out = new byte[GRID * GRID];
        cells.get(0, 0, out);
        return out;
    }

    /** OpenCV HSV (hue 0-180): dark, greyish, or a brown-to-blond hue not too vivid. */
    static boolean hair(int hue, int sat, int val) {
        return val < 70 || sat < 50 || (hue >= 4 && hue <= 28 && sat < 170);
    }
}
