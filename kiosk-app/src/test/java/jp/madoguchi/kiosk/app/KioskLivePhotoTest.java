package jp.madoguchi.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import jp.madoguchi.devices.spi.Settings;
import jp.madoguchi.kiosk.flow.FlowEvent;
import jp.madoguchi.kiosk.flow.KioskState;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.kiosk.testing.SystemPart;
import jp.madoguchi.kiosk.vision.ModelFiles;
import jp.madoguchi.rules.advice.Need;
import jp.madoguchi.sim.device.SimCamera;
import jp.madoguchi.sim.device.SimCodeScanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole kiosk in real time on the simulated devices: the camera's frame thread, the live
 * analysis thread and the flow's thread together capture a compliant face without a tap.
 */
class KioskLivePhotoTest {
    @TempDir
    Path printed;

    @Test
    void aCompliantFaceIsCapturedWithoutATap() throws Exception {
        SystemPart.require(ModelFiles.installed(), "the face models (models/fetch)", SystemPart.FETCH_MODELS);
        Settings settings = new Settings(Map.of("printer.output", printed.toString(), "camera.fps", "25",
            "outbox.dir", printed.resolve("outbox").toString()));
        try (Kiosk kiosk = Kiosk.start(settings, Clock.systemUTC())) {
            SimCamera camera = (SimCamera) kiosk.devices().camera();
            assertThat(camera.sceneName()).as("the camera starts on the resident who passes").isEqualTo("scene:resident");
            kiosk.send(new FlowEvent.Begin());
            kiosk.send(new FlowEvent.ChooseLanguage(Language.ENGLISH));
            kiosk.send(new FlowEvent.ChooseNeed(Need.APPLY));
            long until = System.nanoTime() + 20_000_000_000L;
            while (kiosk.flow().state() != KioskState.SCAN_FORM && System.nanoTime() < until) {
                Thread.sleep(10); // the flow's own thread arms the scanner on entry
            }
            ((SimCodeScanner) kiosk.devices().scanner()).present("12345678901234567890123");
            while (kiosk.flow().state() != KioskState.REVIEW && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            assertThat(kiosk.flow().state()).isEqualTo(KioskState.REVIEW);
            assertThat(kiosk.flow().snapshot().photo()).isPresent();
        }
    }
}
