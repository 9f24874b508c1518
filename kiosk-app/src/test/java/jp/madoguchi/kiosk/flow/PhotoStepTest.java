package jp.madoguchi.kiosk.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import jp.madoguchi.devices.api.LightScene;
import jp.madoguchi.kiosk.testing.SystemPart;
import jp.madoguchi.kiosk.vision.FaceAnalyser;
import jp.madoguchi.kiosk.vision.FaceDetection;
import jp.madoguchi.kiosk.vision.PhotoCheck;
import jp.madoguchi.kiosk.vision.PhotoFile;
import jp.madoguchi.kiosk.vision.bench.PhotoVariants;
import jp.madoguchi.rules.photo.PhotoJudge;
import jp.madoguchi.rules.photo.PhotoReason;
import jp.madoguchi.rules.photo.PhotoSpec;
import org.opencv.core.MatOfByte;
import org.opencv.imgcodecs.Imgcodecs;
import jp.madoguchi.sim.device.FaceImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live photo step on the simulated camera, filming the studio's scenes (a resident who
 * passes and the main ways a photo fails), so it runs on any clone.
 */
class PhotoStepTest {
    @TempDir
    Path printed;
    SimBench kiosk;

    @BeforeEach
    void open() {
        kiosk = new SimBench(printed);
        SimBench.requireStudio(kiosk.camera);
        kiosk.walkToPhoto(Language.ENGLISH);
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.PHOTO);
    }

    @AfterEach
    void close() {
        if (kiosk != null) { // null when set-up was skipped for a missing system part
            kiosk.close();
        }
    }

    void cameraSees(String file) {
        assertThat(kiosk.camera.show(file)).as(file).isTrue();
    }

    @Test
    void aCompliantFaceIsCapturedAutomaticallyAfterACountdown() throws Exception {
        cameraSees("scene:resident");
        kiosk.holdStill(Duration.ofMillis(1200));
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.PHOTO);
        assertThat(kiosk.now().photoCoaching().passing()).isTrue();
        assertThat(kiosk.now().photoCoaching().countdown()).hasValueSatisfying(s -> assertThat(s).isBetween(1L, 3L));
        assertThat(kiosk.lights.scene()).isEqualTo(LightScene.PHOTO);

        kiosk.holdStill(Duration.ofSeconds(4));
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.REVIEW);
        BufferedImage photo = kiosk.now().photo().orElseThrow();
        assertThat((double) photo.getWidth() / photo.getHeight()).isBetween(35.0 / 45 - 0.01, 35.0 / 45 + 0.01);
        assertThat(kiosk.flow.snapshot().photoCoaching().refusal()).isEmpty();

        kiosk.flow.handle(new FlowEvent.AcceptPhoto());
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.CERTIFICATES);
    }

    @Test
    void aFailingFrameStopsTheCountdown() {
        cameraSees("scene:resident");
        kiosk.holdStill(Duration.ofMillis(1200));
        assertThat(kiosk.now().photoCoaching().countdown()).isPresent();
        cameraSees("scene:tilted");
        kiosk.holdStill(Duration.ofSeconds(5));
        assertThat(kiosk.flow.state()).as("a tilted head is never captured automatically").isEqualTo(KioskState.PHOTO);
        assertThat(kiosk.now().photoCoaching().countdown()).isEmpty();
        assertThat(kiosk.now().photoCoaching().instruction()).contains(PhotoReason.HEAD_TILTED);
    }

    @Test
    void eachProblemIsRefusedWithItsReason() {
        refusedFor("scene:two-people", PhotoReason.MULTIPLE_FACES);
        refusedFor("scene:tilted", PhotoReason.HEAD_TILTED);
        refusedFor("scene:dark", PhotoReason.TOO_DARK);
        refusedFor("scene:busy-background", PhotoReason.BUSY_BACKGROUND);
        refusedFor("scene:too-close", PhotoReason.FACE_TOO_LARGE);
    }

    private void refusedFor(String file, PhotoReason reason) {
        cameraSees(file);
        kiosk.holdStill(Duration.ofSeconds(1));
        assertThat(kiosk.flow.state()).as(file + " is not captured automatically").isEqualTo(KioskState.PHOTO);
        kiosk.flow.handle(new FlowEvent.TakePhoto());
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.REVIEW);
        FlowSnapshot s = kiosk.now();
        assertThat(s.photo()).as("a refused photo cannot be used").isEmpty();
        assertThat(s.photoCoaching().refusedPhoto()).isPresent();
        assertThat(s.photoCoaching().refusal().orElseThrow().verdict().reasons()).as(file).contains(reason);
        kiosk.flow.handle(new FlowEvent.AcceptPhoto());
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.REVIEW);
        kiosk.flow.handle(new FlowEvent.Retake());
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.PHOTO);
        assertThat(kiosk.now().photoCoaching().refusedPhoto()).isEmpty();
    }

    @Test
    void afterThreeRefusalsStaffAreOffered() {
        for (int i = 1; i <= 3; i++) {
            cameraSees("scene:tilted");
            kiosk.flow.handle(new FlowEvent.TakePhoto());
            assertThat(kiosk.now().photoCoaching().offerStaff()).as("after refusal " + i).isEqualTo(i >= 3);
            if (i < 3) {
                kiosk.flow.handle(new FlowEvent.Retake());
            }
        }
        // the offer's button calls staff for real (issue 12): a waiting screen, and back to the photo
        kiosk.flow.handle(new FlowEvent.CallStaff());
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.STAFF_CALLED);
        kiosk.flow.handle(new FlowEvent.CancelCall());
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.REVIEW);
        // retakes stay unlimited; a good photo still goes through
        kiosk.flow.handle(new FlowEvent.Retake());
        cameraSees("scene:resident");
        kiosk.flow.handle(new FlowEvent.TakePhoto());
        assertThat(kiosk.now().photo()).isPresent();
    }

    /** A generated problem variant of a developer photo (seeded, made in memory). */
    static BufferedImage variant(String file, PhotoVariants.Kind kind) throws Exception {
        SystemPart.require(FaceImages.sharedDevPhotos().isPresent(), "the developer photo set (../shared/photos/dev)",
            SystemPart.SHARED_FOLDER);
        Path photo = FaceImages.sharedDevPhotos().orElseThrow().resolve(file);
        try (PhotoCheck check = new PhotoCheck(FaceAnalyser.fromInstalledModel(), new PhotoJudge(PhotoSpec.load()));
             PhotoFile.Decoded d = PhotoFile.read(photo)) {
            FaceDetection face = check.mainFace(d.bgr()).orElseThrow();
            BufferedImage out = null;
            for (PhotoVariants.Variant v : new PhotoVariants(15).of(file, d.bgr(), face)) {
                try (v) {
                    if (v.kind() == kind) {
                        MatOfByte png = new MatOfByte();
                        Imgcodecs.imencode(".png", v.bgr(), png);
                        out = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.toArray()));
                        png.release();
                    }
                }
            }
            return out;
        }
    }

    @Test
    void theGatewayReceivesTheCroppedJpeg() throws Exception {
        cameraSees("scene:resident");
        kiosk.flow.handle(new FlowEvent.TakePhoto());
        kiosk.walkToSubmit();
        kiosk.flow.handle(new FlowEvent.Submit());
        kiosk.deliver();
        byte[] jpeg = kiosk.arrived.get(0).photoJpeg();
        BufferedImage sent = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(jpeg));
        assertThat(jpeg.length).isBetween(20 * 1024, 7_000_000);
        assertThat(Math.min(sent.getWidth(), sent.getHeight())).isGreaterThanOrEqualTo(480);
        assertThat((double) sent.getWidth() / sent.getHeight()).isBetween(35.0 / 45 - 0.01, 35.0 / 45 + 0.01);
    }

    @Test
    void theSessionEndForgetsTheRefusedPhoto() {
        cameraSees("scene:tilted");
        kiosk.flow.handle(new FlowEvent.TakePhoto());
        BufferedImage refused = kiosk.now().photoCoaching().refusedPhoto().orElseThrow();
        kiosk.flow.handle(new FlowEvent.StartOver());
        assertThat(kiosk.now().photoCoaching().refusedPhoto()).isEmpty();
        assertThat(refused.getRGB(refused.getWidth() / 2, refused.getHeight() / 2) & 0xFFFFFF).as("pixels overwritten").isZero();
    }
}
