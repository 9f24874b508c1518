package jp.madoguchi.kiosk.vision;

import org.opencv.core.Mat;

/**
 * The base of the nose, wing to wing through the nostrils: the nostrils are the darkest spots of
 * the face's middle and the nose's wings catch light, so the band always has strong contrast when
 * the nose can be seen, whatever the skin's colour or a beard. A mask over the nose flattens it.
 * Reported as the spread between the band's bright (90th percentile) and dark (5th) over the skin's
 * light.
 */
final class NoseBase {
    /** Nose wings (alae) at the height of the nostrils, picture left and right. */
    static final int WING_LEFT = 98;
    static final int WING_RIGHT = 327;

    private NoseBase() {
    }

    static double contrast(MatScope s, Mat grey, FaceLandmarks m, double skinLuma) {
        int a = m.x(WING_LEFT) <= m.x(WING_RIGHT) ? WING_LEFT : WING_RIGHT;
        int b = a == WING_LEFT ? WING_RIGHT : WING_LEFT;
        double width = m.distance(a, b);
        byte[] px = EyeCover.along(s, grey, m.x(a), m.y(a), m.x(b), m.y(b), 0.35 * width, 0);
        return (EyeCover.percentile(px, 0.9) - EyeCover.percentile(px, 0.05)) / Math.max(1, skinLuma);
    }
}
