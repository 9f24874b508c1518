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
    /** A face sharpness ({@link FaceMeasures#sharpness}, twice the blurry bar) from which hair's strands are looked for. */
    static final double SHARP_ENOUGH = 60;
    /** Fine detail is read at this many pixels per eye distance, whatever the picture's size. */
    static final double DETAIL_SCALE = 48;
    /**
     * A hair-coloured cell with less fine detail than this many times the face skin's is cloth. On
     * the developer photos of the tuning half the band's hair-coloured cells have a median 0.69 times
     * the skin's detail and more (smooth, sleek hair), caps and hats in hair and neutral colours drawn
     * on them 0.44 and more: a weak cue, kept low so sleek hair stays hair.
     */
    static final double HAIR_DETAIL = 0.6;
    /** The skin's detail is taken as at least this (a face so smooth it shows no noise at all). */
    static final double MIN_SKIN_DETAIL = 1;
    /**
     * Where the skin's own fine detail is read (the lower quartile: a fringe, a glasses frame, a
     * lens's edge, stubble or a mask's weave covering some of them only adds detail): between the
     * brows, the nose's bridge, the forehead's middle and sides, each cheek under the eye and beside
     * the nose.
     */
    static final int[] SKIN_TEXTURE = {9, 6, 197, 151, 108, 337, 50, 280, 205, 425};

    private HeadCover() {
    }

    static double share(MatScope s, Mat bgr, FaceLandmarks m, double ie, double crownY, double[] skin, boolean sharp) {
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
        double k = DETAIL_SCALE / ie;
        float[] detail = detail(s, s.sub(bgr, r), k, GRID, GRID);
        // hair is strands: far more fine detail than the face's own skin at the same scale (which
        // carries the camera's noise, sharpness and compression too); cloth in a hair colour is not
        double[] skinDetails = new double[SKIN_TEXTURE.length];
        for (int i = 0; i < SKIN_TEXTURE.length; i++) {
            int id = SKIN_TEXTURE[i];
            Rect patch = MatScope.clip(MatScope.around(m.x(id), m.y(id), 0.2 * ie, 0.2 * ie), bgr.cols(), bgr.rows());
            skinDetails[i] = detail(s, s.sub(bgr, patch), k, 1, 1)[0];
        }
        java.util.Arrays.sort(skinDetails);
        double skinDetail = skinDetails[skinDetails.length / 4];
        // on a soft picture hair loses its strands first: then only colour tells
        double hairBelow = sharp ? HAIR_DETAIL * Math.max(MIN_SKIN_DETAIL, skinDetail) : 0;
        int covered = 0;
        for (int i = 0; i < GRID * GRID; i++) {
            double[] c = {y[3 * i] & 0xff, y[3 * i + 1] & 0xff, y[3 * i + 2] & 0xff};
            if (Patches.distance(c, skin) > SKIN_DISTANCE
                && (!hair(h[3 * i] & 0xff, h[3 * i + 1] & 0xff, h[3 * i + 2] & 0xff) || detail[i] < hairBelow)) {
                covered++;
            }
        }
        return covered / (double) (GRID * GRID);
    }

    /**
     * Fine detail over a grid of {@code gw x gh} cells: the region scaled by {@code k}, the mean
     * absolute Laplacian of each cell.
     */
    private static float[] detail(MatScope s, Mat region, double k, int gw, int gh) {
        Mat grey = s.mat();
        Imgproc.cvtColor(region, grey, Imgproc.COLOR_BGR2GRAY);
        Mat fine = s.mat();
        Imgproc.resize(grey, fine, new Size(Math.max(gw, region.cols() * k), Math.max(gh, region.rows() * k)), 0, 0,
            Imgproc.INTER_AREA);
        Mat lap = s.mat();
        Imgproc.Laplacian(fine, lap, CvType.CV_32F);
        Mat abs = s.mat();
        Core.absdiff(lap, new org.opencv.core.Scalar(0), abs);
        Mat cells = s.mat();
        Imgproc.resize(abs, cells, new Size(gw, gh), 0, 0, Imgproc.INTER_AREA);
        float[] out = new float[gw * gh];
        cells.get(0, 0, out);
        return out;
    }

    /**
     * OpenCV HSV (hue 0-180): dark, greyish, or a brown-to-blond hue not too vivid. Near-white is not
     * hair: white hair in a photo is grey with darker strands between, not a light, even field.
     */
    static boolean hair(int hue, int sat, int val) {
        if (val > WHITE_VALUE && sat < WHITE_SATURATION) {
            return false;
        }
        return val < 70 || sat < 50 || (hue >= 4 && hue <= 28 && sat < 170);
    }

    static final int WHITE_VALUE = 195;
    static final int WHITE_SATURATION = 30;
}
