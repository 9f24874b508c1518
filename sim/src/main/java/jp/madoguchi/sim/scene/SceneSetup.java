package jp.madoguchi.sim.scene;

/**
 * What the simulated camera films, as a booth operator would describe it: who sits there, how
 * far from the lens, how straight, in what light and in front of what.
 *
 * @param pose       which source frame of the resident (neutral, smiling, ...)
 * @param distance   1.0 is the right distance for the photo; below 1 further away, above 1 closer
 * @param rollDeg    head tilt towards a shoulder, in degrees (positive: clockwise on screen)
 * @param offsetX    sideways position of the resident, as a fraction of the frame width (0: centred)
 * @param exposure   1.0 is the booth's normal light; below 1 darker, above 1 brighter
 * @param sideLight  0 is even light; towards 1 the left half of the face falls into shadow
 * @param blurPx     camera shake or focus: the radius of a box blur in pixels (0: sharp)
 * @param backdrop   what is behind the resident
 * @param people     how many people are in the frame (0 to 2)
 * @param prop       what the resident wears on the head, face or eyes (nothing by default)
 */
public record SceneSetup(Pose pose, double distance, double rollDeg, double offsetX, double exposure,
                         double sideLight, int blurPx, Backdrop backdrop, int people, Prop prop) {
    /** The source frames of the one simulated resident (a person filmed in front of a blue screen). */
    public enum Pose {
        NEUTRAL("franck_01829.jpg", 8),
        MOUTH_OPEN("franck_02045.jpg", 5),
        TURNED("franck_02683.jpg", -4),
        SMILING("franck_04035.jpg", 10),
        LAUGHING("franck_04117.jpg", 0);

        private final String file;
        private final double level;

        /** @param level degrees that bring the frame's own head tilt to level (measured with the photo check) */
        Pose(String file, double level) {
            this.file = file;
            this.level = level;
        }

        public String file() {
            return file;
        }

        double level() {
            return level;
        }
    }

    /** Behind the resident: the booth's light curtain, a dark wall, or an office (shelves, posters). */
    public enum Backdrop {
        PLAIN_LIGHT, DARK, BUSY
    }

    /** What the resident wears that a passport-style photo does not allow (drawn by {@link Props}). */
    public enum Prop {
        NONE, CAP, KNIT_HAT, HEADSCARF, MASK, SUNGLASSES
    }

    public SceneSetup {
        java.util.Objects.requireNonNull(prop, "prop");
        if (people < 0 || people > 2) {
            throw new IllegalArgumentException("people must be 0, 1 or 2");
        }
        if (distance <= 0 || exposure < 0 || sideLight < 0 || sideLight > 1 || blurPx < 0) {
            throw new IllegalArgumentException("distance > 0, exposure >= 0, sideLight 0..1, blurPx >= 0");
        }
    }

    /** A resident sitting as the booth asks: neutral, straight, at the right distance, in even light. */
    public static SceneSetup resident() {
        return new SceneSetup(Pose.NEUTRAL, 1.0, 0, 0, 1.0, 0, 0, Backdrop.PLAIN_LIGHT, 1, Prop.NONE);
    }

    public SceneSetup withPose(Pose p) {
        return new SceneSetup(p, distance, rollDeg, offsetX, exposure, sideLight, blurPx, backdrop, people, prop);
    }

    public SceneSetup withDistance(double d) {
        return new SceneSetup(pose, d, rollDeg, offsetX, exposure, sideLight, blurPx, backdrop, people, prop);
    }

    public SceneSetup withRoll(double deg) {
        return new SceneSetup(pose, distance, deg, offsetX, exposure, sideLight, blurPx, backdrop, people, prop);
    }

    public SceneSetup withOffset(double x) {
        return new SceneSetup(pose, distance, rollDeg, x, exposure, sideLight, blurPx, backdrop, people, prop);
    }

    public SceneSetup withExposure(double e) {
        return new SceneSetup(pose, distance, rollDeg, offsetX, e, sideLight, blurPx, backdrop, people, prop);
    }

    public SceneSetup withSideLight(double s) {
        return new SceneSetup(pose, distance, rollDeg, offsetX, exposure, s, blurPx, backdrop, people, prop);
    }

    public SceneSetup withBlur(int px) {
        return new SceneSetup(pose, distance, rollDeg, offsetX, exposure, sideLight, px, backdrop, people, prop);
    }

    public SceneSetup withBackdrop(Backdrop b) {
        return new SceneSetup(pose, distance, rollDeg, offsetX, exposure, sideLight, blurPx, b, people, prop);
    }

    public SceneSetup withProp(Prop p) {
        return new SceneSetup(pose, distance, rollDeg, offsetX, exposure, sideLight, blurPx, backdrop, people, p);
    }

    public SceneSetup withPeople(int n) {
        return new SceneSetup(pose, distance, rollDeg, offsetX, exposure, sideLight, blurPx, backdrop, n, prop);
    }
}
