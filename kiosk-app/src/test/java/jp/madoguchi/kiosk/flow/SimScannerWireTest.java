package jp.madoguchi.kiosk.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import jp.madoguchi.devices.serial.ScannerFraming;
import jp.madoguchi.rules.advice.Need;
import jp.madoguchi.sim.panel.SamplePayloads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulated scanner's wire runs the real framing: noise, cut and corrupted frames never become a form. */
class SimScannerWireTest {
    @TempDir
    Path folder;

    @Test
    void aCodeAfterLineNoiseIsReadOnce() {
        try (SimBench kiosk = atScanScreen()) {
            assertThat(kiosk.scanner.transmit(SamplePayloads.afterLineNoise(SimBench.FORM_ID))).isEqualTo(1);
            assertThat(kiosk.now().state()).isEqualTo(KioskState.PHOTO);
            assertThat(kiosk.now().formId()).map(id -> id.digits()).contains(SimBench.FORM_ID);
        }
    }

    @Test
    void aCorruptedFrameIsNotRead() {
        try (SimBench kiosk = atScanScreen()) {
            byte[] frame = ScannerFraming.stxEtx(SimBench.FORM_ID);
            frame[3] = (byte) (frame[3] == '9' ? '8' : '9'); // one digit flipped on the line
            assertThat(kiosk.scanner.transmit(frame)).isZero();
            assertThat(kiosk.scanner.transmit(SimBench.FORM_ID.substring(0, 9).getBytes(StandardCharsets.US_ASCII))).isZero();
            assertThat(kiosk.now().state()).isEqualTo(KioskState.SCAN_FORM);
            assertThat(kiosk.now().formId()).isEmpty();
            assertThat(kiosk.scanner.log()).anyMatch(entry -> entry.contains("BAD_BCC"));
        }
    }

    private SimBench atScanScreen() {
        SimBench kiosk = new SimBench(folder);
        kiosk.flow.handle(new FlowEvent.Begin());
        kiosk.flow.handle(new FlowEvent.ChooseLanguage(Language.ENGLISH));
        kiosk.flow.handle(new FlowEvent.ChooseNeed(Need.APPLY));
        return kiosk;
    }
}
