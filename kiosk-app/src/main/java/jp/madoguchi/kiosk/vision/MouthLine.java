package jp.madoguchi.kiosk.vision;

/**
 * The line between the lips: across the mouth, corner to corner, the darkest row is darker than
 * the lips and skin around it whenever the mouth can be seen, closed or not, with a beard or
 * without, and lies where the face mesh puts the lips' meeting. A hand, a mask or a scarf over the
 * mouth hides it (a finger gap elsewhere is no mouth). Reported as the drop from the strip's median
 * row to the darkest of its middle half, over the skin's light.
 */
final class MouthLine {
    private MouthLine() {
    }

    static double contrast(MatScope s, org.opencv.core.Mat grey, FaceLandmarks m, double skinLuma) {
        double width = m.distance(FaceLandmarks.MOUTH_LEFT, FaceLandmarks.MOUTH_RIGHT);
        double[] mid = m.mid(FaceLandmarks.UPPER_LIP, FaceLandmarks.LOWER_LIP);
        double[] corners = m.mid(FaceLandmarks.MOUTH_LEFT, FaceLandmarks.MOUTH_RIGHT);
        // the band runs corner to corner, centred on the lips' middle, half the mouth's width tall
        double down = Math.hypot(mid[0] - corners[0], mid[1] - corners[1]) * Math.signum(mid[1] - corners[1]);
        int a = m.x(FaceLandmarks.MOUTH_LEFT) <= m.x(FaceLandmarks.MOUTH_RIGHT) ? FaceLandmarks.MOUTH_LEFT
            : FaceLandmarks.MOUTH_RIGHT;
        int b = a == FaceLandmarks.MOUTH_LEFT ? FaceLandmarks.MOUTH_RIGHT : FaceLandmarks.MOUTH_LEFT;
        byte[] px = EyeCover.along(s, grey, m.x(a), m.y(a), m.x(b), m.y(b), 0.5 * width, down);
        double[] rows = new double[EyeCover.H];
        for (int y = 0; y < EyeCover.H; y++) {
            double sum = 0;
            // the middle 60 % of the mouth: the corners' shadows are no slit
            for (int x = EyeCover.W / 5; x < EyeCover.W * 4 / 5; x++) {
                sum += px[y * EyeCover.W + x] & 0xff;
            }
            rows[y] = sum / (EyeCover.W * 3 / 5);
        }
        // the line lies where the mesh puts the lips' meeting: the middle half of the band's height
        double darkest = Double.MAX_VALUE;
        for (int y = EyeCover.H / 4; y < EyeCover.H * 3 / 4; y++) {
            darkest = Math.min(darkest, rows[y]);
        }
        return (Patches.median(rows) - darkest) / Math.max(1, skinLuma);
    }
}
