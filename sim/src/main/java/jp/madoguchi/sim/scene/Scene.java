package jp.madoguchi.sim.scene;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import jp.madoguchi.sim.scene.SceneSetup.Backdrop;
import jp.madoguchi.sim.scene.SceneSetup.Pose;
import jp.madoguchi.sim.scene.SceneSetup.Prop;

/**
 * The named scenes the panel, tests and scenario files choose from: one a resident passes with,
 * and one for each main way a photo fails. {@link #expectedReason()} is the photo check's reason
 * code the scene is built to provoke, the one the resident must be told first (empty for the
 * passing one); tests hold the check to it. There is no eyes-closed scene: the source frames have
 * no neutral face with closed eyes (the closest one also smiles), and a scene must show one
 * problem only. Nor an eyes-aside one: the studio places the eyes from the head's outline
 * ({@link HeadLayout}), too roughly to move an iris within its eye.
 */
public enum Scene {
    RESIDENT("resident", "", SceneSetup.resident()),
    SMILING("smiling", "smiling_or_mouth_open", SceneSetup.resident().withPose(Pose.LAUGHING)),
    TURNED("turned", "head_turned", SceneSetup.resident().withPose(Pose.TURNED)),
    TILTED("tilted", "head_tilted", SceneSetup.resident().withRoll(18)),
    TWO_PEOPLE("two-people", "multiple_faces", SceneSetup.resident().withPeople(2)),
    DARK("dark", "too_dark", SceneSetup.resident().withExposure(0.28)),
    BUSY_BACKGROUND("busy-background", "busy_background", SceneSetup.resident().withBackdrop(Backdrop.BUSY)),
    SHADOW("shadow", "shadow_on_face", SceneSetup.resident().withSideLight(0.92)),
    BLURRY("blurry", "blurry", SceneSetup.resident().withBlur(9)),
    TOO_FAR("too-far", "low_resolution", SceneSetup.resident().withDistance(0.45)),
    TOO_CLOSE("too-close", "face_too_large", SceneSetup.resident().withDistance(1.9)),
    NOBODY("nobody", "no_face", SceneSetup.resident().withPeople(0)),
    CAP("cap", "head_covering", SceneSetup.resident().withProp(Prop.CAP)),
    KNIT_HAT("knit-hat", "head_covering", SceneSetup.resident().withProp(Prop.KNIT_HAT)),
    HEADSCARF("headscarf", "head_covering", SceneSetup.resident().withProp(Prop.HEADSCARF)),
    MASK("mask", "face_covered", SceneSetup.resident().withProp(Prop.MASK)),
    SUNGLASSES("sunglasses", "eyes_covered", SceneSetup.resident().withProp(Prop.SUNGLASSES));

    /** Prefix that tells a scene's name from a photo file's name in the camera's list. */
    public static final String PREFIX = "scene:";

    private final String id;
    private final String expectedReason;
    private final SceneSetup setup;

    Scene(String id, String expectedReason, SceneSetup setup) {
        this.id = id;
        this.expectedReason = expectedReason;
        this.setup = setup;
    }

    public String id() {
        return id;
    }

    /** The name the camera's list shows, e.g. "scene:smiling". */
    public String sceneName() {
        return PREFIX + id;
    }

    public Optional<String> expectedReason() {
        return expectedReason.isEmpty() ? Optional.empty() : Optional.of(expectedReason);
    }

    public SceneSetup setup() {
        return setup;
    }

    /** By id ("smiling") or by scene name ("scene:smiling"), case-insensitive. */
    public static Optional<Scene> byName(String name) {
        String id = name.toLowerCase(Locale.ROOT).startsWith(PREFIX) ? name.substring(PREFIX.length()) : name;
        return Arrays.stream(values()).filter(s -> s.id.equalsIgnoreCase(id.strip())).findFirst();
    }
}
