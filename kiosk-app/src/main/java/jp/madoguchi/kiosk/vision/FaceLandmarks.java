package jp.madoguchi.kiosk.vision;

/**
 * The 468 points of MediaPipe's face mesh on one face, in image pixels ({@code z} is depth in the
 * same scale, smaller is nearer the camera). Indices are MediaPipe's canonical face model's; the
 * named ones below are those the measures use.
 *
 * @param xyz   x, y, z of each landmark in turn
 * @param score the mesh's own face-presence score (0-1) for the crop it was given
 */
public record FaceLandmarks(float[] xyz, double score) {
    public static final int COUNT = 468;
    /** Top of the forehead at the hairline, middle. */
    static final int FOREHEAD_TOP = 10;
    /** Middle of the forehead. */
    static final int FOREHEAD_MID = 151;
    static final int NOSE_TIP = 1;
    static final int CHIN = 152;
    static final int UPPER_LIP = 13;
    static final int LOWER_LIP = 14;
    /** Inner upper and lower lip, paired across the mouth's middle. */
    static final int[][] INNER_LIPS = {{82, 87}, {13, 14}, {312, 317}};
    static final int MOUTH_LEFT = 61;
    static final int MOUTH_RIGHT = 291;
    /** The outline at the cheekbones, picture left and right. */
    static final int CHEEK_LEFT = 234;
    static final int CHEEK_RIGHT = 454;
    /** Eye corners and lids, picture left eye (the subject's right) then picture right eye. */
    static final int[] LEFT_EYE = {33, 133, 159, 145};
    static final int[] RIGHT_EYE = {263, 362, 386, 374};

    public double x(int i) {
        return xyz[3 * i];
    }

    public double y(int i) {
        return xyz[3 * i + 1];
    }

    public double z(int i) {
        return xyz[3 * i + 2];
    }

    /** The middle of landmarks {@code a} and {@code b}. */
    double[] mid(int a, int b) {
        return new double[] {(x(a) + x(b)) / 2, (y(a) + y(b)) / 2};
    }

    double distance(int a, int b) {
        return Math.hypot(x(a) - x(b), y(a) - y(b));
    }
}
