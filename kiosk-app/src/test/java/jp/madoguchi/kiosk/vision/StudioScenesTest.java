package jp.madoguchi.kiosk.vision;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Optional;
import jp.madoguchi.kiosk.flow.PhotoReport;
import jp.madoguchi.kiosk.testing.SystemPart;
import jp.madoguchi.rules.photo.PhotoJudge;
import jp.madoguchi.rules.photo.PhotoReason;
import jp.madoguchi.rules.photo.PhotoSpec;
import jp.madoguchi.rules.photo.PhotoVerdict;
import jp.madoguchi.sim.device.FaceImages;
import jp.madoguchi.sim.scene.Scene;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The simulated camera's scenes hold what they promise against the real photo check: the
 * resident passes, and every other scene is refused for the reason it was built to show. This is
 * what keeps a fresh clone's simulator useful (no ../shared photos needed).
 */
class StudioScenesTest {
    private static VisionPhotoInspector inspector;
    private static FaceImages faces;

    @BeforeAll
    static void open() {
        SystemPart.require(ModelFiles.blazeFace().isPresent(), "the BlazeFace model (models/fetch)", SystemPart.FETCH_MODELS);
        faces = FaceImages.locate(Optional.empty());
        SystemPart.require(faces.studioReady(), "the simulated camera's source frames (models/fetch, npm registry)",
            SystemPart.FETCH_MODELS);
        inspector = new VisionPhotoInspector(FaceAnalyser.fromInstalledModel(), new PhotoJudge(PhotoSpec.load()));
    }

    @AfterAll
    static void close() {
        if (inspector != null) {
            inspector.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Scene.class)
    void eachSceneGetsTheVerdictItWasBuiltFor(Scene scene) {
        BufferedImage frame = faces.load(scene.sceneName()).orElseThrow();
        PhotoReport report = inspector.inspect(frame);
        PhotoVerdict verdict = report.verdict();
        if (scene.expectedReason().isEmpty()) {
            assertThat(verdict.reasons()).as(scene + " passes every check").isEmpty();
            assertThat(report.compliant()).isTrue();
            return;
        }
        PhotoReason expected = PhotoReason.fromCode(scene.expectedReason().get());
        assertThat(report.compliant()).as(scene + " is refused").isFalse();
        assertThat(verdict.first()).as(scene + " is refused for its own reason, told first (" + verdict.reasons() + ")")
            .isEqualTo(expected);
    }
}
