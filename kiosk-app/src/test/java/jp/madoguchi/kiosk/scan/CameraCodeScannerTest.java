package jp.madoguchi.kiosk.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import jp.madoguchi.devices.api.DeviceCondition;
import jp.madoguchi.kiosk.app.CameraCodeScanner;
import jp.madoguchi.kiosk.scan.bench.DeskScenes;
import jp.madoguchi.kiosk.scan.bench.Scene;
import jp.madoguchi.sim.device.FaceImages;
import jp.madoguchi.sim.device.SimCamera;
import org.junit.jupiter.api.Test;

/** The camera as the code scanner: a form held to the simulated camera is read, and read once. */
class CameraCodeScannerTest {
    @Test
    void aFormInFrontOfTheCameraIsReportedOnceWhileArmed() throws Exception {
        Scene form = DeskScenes.generate(21L, 1).get(0);
        SimCamera camera = new SimCamera(FaceImages.locate(java.util.Optional.empty()), 30, java.time.Clock.systemUTC());
        BlockingQueue<String> codes = new LinkedBlockingQueue<>();
        try (CameraCodeScanner scanner = new CameraCodeScanner(camera, java.time.Clock.systemUTC(), Runnable::run)) {
            scanner.onCode(c -> codes.add(c.payload()));
            camera.show("form", form.frame());
            Thread.sleep(300);
            assertThat(codes).as("nothing read while disarmed").isEmpty();

            scanner.arm();
            assertThat(codes.poll(10, TimeUnit.SECONDS)).isEqualTo(form.payload());
            Thread.sleep(500); // about 15 more frames of the same form
            assertThat(codes).as("reported once, not once per frame").isEmpty();

            scanner.disarm();
            scanner.arm(); // a new visit to the scan screen reads it again
            assertThat(codes.poll(10, TimeUnit.SECONDS)).isEqualTo(form.payload());
            assertThat(scanner.status().condition()).isEqualTo(DeviceCondition.READY);
            camera.unplug();
            assertThat(scanner.status().condition()).as("mirrors the camera").isEqualTo(DeviceCondition.OFFLINE);
        } finally {
            camera.close();
        }
    }

    @Test
    void stillFramesAreAveragedWhenOneFrameIsTooNoisy() {
        Scene form = DeskScenes.generate(8L, 1).get(0);
        java.util.Random noise = new java.util.Random(1);
        FrameCombiner combiner = new FrameCombiner(new CameraQrPipeline());
        // heavy independent sensor noise on each frame of a still, faint form: one frame alone is unreadable
        java.awt.image.BufferedImage first = noisy(form.frame(), noise);
        assertThat(new CameraQrPipeline().decode(first)).isEmpty();
        java.util.Optional<String> read = combiner.next(first);
        for (int frames = 1; read.isEmpty() && frames < FrameCombiner.DEPTH; frames++) {
            read = combiner.next(noisy(form.frame(), noise));
        }
        assertThat(read).contains(form.payload());
    }

    private static java.awt.image.BufferedImage noisy(java.awt.image.BufferedImage frame, java.util.Random r) {
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(frame.getWidth(), frame.getHeight(),
            java.awt.image.BufferedImage.TYPE_3BYTE_BGR);
        byte[] src = ((java.awt.image.DataBufferByte) frame.getRaster().getDataBuffer()).getData();
        byte[] dst = ((java.awt.image.DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < src.length; i++) {
            int v = (src[i] & 0xFF) / 5 + 90 + (int) (r.nextGaussian() * 15); // faint and noisy
            dst[i] = (byte) Math.max(0, Math.min(255, v));
        }
        return out;
    }

}
