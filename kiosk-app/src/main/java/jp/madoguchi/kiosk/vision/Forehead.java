package jp.madoguchi.kiosk.vision;

import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * How much forehead shows, and what hides the rest. A cap's brim, a knitted hat's cuff or a
 * headscarf comes down over the forehead; hair mostly starts above it. Up the middle of the
 * forehead, from its middle (face mesh), each of {@link #COLUMNS} columns is followed up while it
 * keeps the skin's colour; the median column's top is where the forehead stops, given as its height
 * above the eye line in eye distances (the mesh's own forehead top moves down with a hat, the eyes do
 * not). Just above that line a strip is read for its texture: the grey level's spread over its mean
 * (the mean taken as at least {@link #MIN_MEAN}, so near-black is not made rough by noise). Hair
 * shows strands, partings and highlights there; cloth is even, whatever its colour. A fringe hides
 * the forehead too, but shows its strands; a bald head or one with a high hairline shows a tall
 * forehead. Not measured on a greyscale picture (no skin colour to follow) nor on a soft one (hair
 * loses its strands first); judged only on a sharp, lit face ({@code PhotoJudge}).
 */
final class Forehead {
    record Reading(double height, double texture) {
        static final Reading UNKNOWN = new Reading(Double.NaN, Double.NaN);
    }

    static final int COLUMNS = 16;
    /** The share of the face's width (cheek to cheek) read, in its middle. */
    static final double SPAN = 0.4;
    /** Rows sampled per eye distance while following the skin up. */
    static final double ROWS_PER_EYE_DISTANCE = 24;
    /** How far above the mesh's forehead top the skin is followed, in eye distances (a high hairline, a bald head). */
    static final double ABOVE_TOP = 0.8;
    /** The strip read for texture above the forehead's top, in eye distances. */
    static final double STRIP = 0.35;
    static final double MIN_MEAN = 40;
    /** The strip starts this far above the line (eye distances), clear of the edge itself and of where the line was read a row off. */
    static final double STRIP_GAP = 0.12;
    /** The face mesh's point between the eyebrows. */
    static final int BETWEEN_BROWS = 9;

    private Forehead() {
    }

    /**
     * @param skin    the face's skin colour (YCrCb), what a column is followed against when its own start is not skin
     * @param cheeks  more skin colours a forehead's start may match: eyewear or a mask over some of the face's
     *                reference patches moves {@code skin} off the forehead's own
     */
    static Reading read(MatScope s, Mat bgr, FaceLandmarks m, double eyeY, double ie, double[] skin, double[]... cheeks) {
        double left = m.x(FaceLandmarks.CHEEK_LEFT);
        double width = m.x(FaceLandmarks.CHEEK_RIGHT) - left;
        // the forehead's flat middle, facing the camera (SPAN of the face's width): its sides turn away into
        // shade, and the temples' hair and the sides of a hood stay out
        double x0 = left + (1 - SPAN) / 2 * width;
        double bottom = m.y(FaceLandmarks.FOREHEAD_MID);
        double top = Math.max(0, m.y(FaceLandmarks.FOREHEAD_TOP) - ABOVE_TOP * ie);
        if (bottom - top < 4 || width < 8) {
            return Reading.UNKNOWN;
        }
        Rect r = MatScope.clip(new Rect((int) x0, (int) top, (int) (SPAN * width), (int) (bottom - top)), bgr.cols(),
            bgr.rows());
        double k = ROWS_PER_EYE_DISTANCE / ie;
        int rows = (int) Math.max(8, r.height * k);
        Mat small = s.mat();
        Imgproc.resize(s.sub(bgr, r), small, new Size(COLUMNS, rows), 0, 0, Imgproc.INTER_AREA);
        Mat ycc = s.mat();
        Imgproc.cvtColor(small, ycc, Imgproc.COLOR_BGR2YCrCb);
        byte[] px = new byte[COLUMNS * rows * 3];
        ycc.get(0, 0, px);
        Mat brows = s.mat();
        Imgproc.cvtColor(s.sub(bgr, MatScope.around(m.x(BETWEEN_BROWS), m.y(BETWEEN_BROWS), 0.2 * ie, 0.15 * ie)), brows,
            Imgproc.COLOR_BGR2YCrCb);
        double[][] refs = java.util.Arrays.copyOf(cheeks, cheeks.length + 2);
        refs[cheeks.length] = skin;
        refs[cheeks.length + 1] = java.util.Arrays.copyOf(Core.mean(brows).val, 3);
        double[] tops = new double[COLUMNS];
        for (int x = 0; x < COLUMNS; x++) {
            tops[x] = r.y + (skinTop(px, x, rows, skin, refs) + 0.5) * r.height / rows;
        }
        java.util.Arrays.sort(tops);
        double line = tops[COLUMNS / 2];
        Rect strip = MatScope.clip(new Rect((int) x0, (int) (line - (STRIP + STRIP_GAP) * ie), (int) (SPAN * width),
            (int) Math.max(2, STRIP * ie)), bgr.cols(), bgr.rows());
        Mat grey = s.mat();
        Imgproc.cvtColor(s.sub(bgr, strip), grey, Imgproc.COLOR_BGR2GRAY);
        double[] ms = FaceMeasures.meanStd(s, grey);
        return new Reading((eyeY - line) / ie, ms[1] / Math.max(MIN_MEAN, ms[0]));
    }

    /** The top row of the skin in column {@code x}, followed up from the bottom until two rows in turn are not skin. */
    private static int skinTop(byte[] px, int x, int rows, double[] skin, double[][] refs) {
        // the forehead's own colour where it is skin (the face's, the cheeks', that between the brows: light from
        // above, eyewear or a mask moving the face's reference): what is followed up. A brim or cuff already there
        // is not
        double[] ref = colour(px, x, rows - 1);
        double nearest = Double.MAX_VALUE;
        for (double[] skinColour : refs) {
            nearest = Math.min(nearest, Patches.distance(ref, skinColour));
        }
        if (nearest > HeadCover.SKIN_DISTANCE) {
            ref = skin;
        }
        int off = 0;
        for (int y = rows - 1; y >= 0; y--) {
            if (Patches.distance(colour(px, x, y), ref) > HeadCover.SKIN_DISTANCE) {
                if (++off == 2) {
                    return y + 2;
                }
            } else {
                off = 0;
            }
        }
        return 0;
    }

    private static double[] colour(byte[] px, int x, int y) {
        int o = (y * COLUMNS + x) * 3;
        return new double[] {px[o] & 0xff, px[o + 1] & 0xff, px[o + 2] & 0xff};
    }
}
