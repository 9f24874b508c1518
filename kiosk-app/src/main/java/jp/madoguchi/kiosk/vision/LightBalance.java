package jp.madoguchi.kiosk.vision;

/**
 * How evenly the face is lit, side against side: the light of small patches at mirrored face-mesh
 * points (under the eyes, beside the nose, on the cheekbones, the lower cheeks, the jaw, the
 * forehead's sides), the darker over the brighter of each pair, and the median of the pairs. A lamp
 * from one side darkens every patch of the other side, however the shadow's edge falls; one patch
 * under a lock of hair or a mole moves one pair only. Read off the mesh, it follows the face, not
 * the picture's halves (a face off centre in its box, or a shadow starting beside the nose, reads
 * the same).
 */
final class LightBalance {
    /** Mirrored landmark pairs, picture left then right. */
    static final int[][] PAIRS = {{36, 266}, {50, 280}, {205, 425}, {123, 352}, {187, 411}, {147, 376}, {108, 337}};

    private LightBalance() {
    }

    static double of(Patches p, FaceLandmarks m) {
        double[] ratios = new double[PAIRS.length];
        for (int i = 0; i < PAIRS.length; i++) {
            double a = p.at(m.x(PAIRS[i][0]), m.y(PAIRS[i][0]))[0];
            double b = p.at(m.x(PAIRS[i][1]), m.y(PAIRS[i][1]))[0];
            ratios[i] = Math.min(a, b) / Math.max(1, Math.max(a, b));
        }
        return Patches.median(ratios);
    }
}
