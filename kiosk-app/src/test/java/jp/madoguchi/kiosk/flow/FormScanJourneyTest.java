package jp.madoguchi.kiosk.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import jp.madoguchi.devices.api.CodeScanner;
import jp.madoguchi.devices.api.DeviceCondition;
import jp.madoguchi.devices.spi.CodeScannerConfig;
import jp.madoguchi.devices.spi.CodeScannerProvider;
import jp.madoguchi.devices.spi.DeviceProviders;
import jp.madoguchi.kiosk.app.CameraCodeScanner;
import jp.madoguchi.kiosk.documents.PdfSessionSheets;
import jp.madoguchi.kiosk.scan.SocatPty;
import jp.madoguchi.kiosk.scan.bench.DeskScenes;
import jp.madoguchi.kiosk.scan.bench.Scene;
import jp.madoguchi.rules.advice.Need;
import jp.madoguchi.rules.form.FormIdRefusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Done-when: a form QR sent by a scanner over a real pty to the jssc driver, or held to the
 * simulated camera of a kiosk without a scanner, becomes the session's form ID.
 */
class FormScanJourneyTest {
    @TempDir
    Path folder;

    @Test
    void aFormScannedOverTheSerialLineReachesTheSession() throws Exception {
        try (SocatPty pty = new SocatPty(folder);
             SimBench sims = new SimBench(folder.resolve("printed"))) {
            pty.start();
            CodeScanner serial = DeviceProviders.find(CodeScannerProvider.class, "serial")
                .open(new CodeScannerConfig("serial", pty.scannerEnd(), 9600));
            KioskDevices devices = new KioskDevices(sims.camera, serial, sims.printer, sims.lights, sims.gateway, sims.register);
            Flow flow = new Flow(sims.clock, new IdlePolicy(Duration.ofSeconds(90), Duration.ofSeconds(30)), devices,
                new PdfSessionSheets(sims.clock, SimBench.ADVICE), SimBench.ADVICE,
                Language.ENGLISH, SimBench.PHOTOS.get(), sims.submission());
            BlockingQueue<FlowEvent> events = new LinkedBlockingQueue<>();
            DeviceWiring.connect(devices, events::add); // the reader thread queues, this thread runs the flow
            try {
                awaitReady(serial);
                flow.handle(new FlowEvent.Begin());
                flow.handle(new FlowEvent.ChooseLanguage(Language.ENGLISH));
                flow.handle(new FlowEvent.ChooseNeed(Need.APPLY));
                assertThat(serial.armed()).isTrue();

                pty.send("123456789018\r\n".getBytes(StandardCharsets.US_ASCII));
                flow.handle(nextCode(events));
                assertThat(flow.snapshot().refusal()).contains(FormIdRefusal.INDIVIDUAL_NUMBER);
                assertThat(flow.snapshot().formId()).isEmpty();

                pty.send("https://example.lg.jp/apply?id=1234-5678-9012-3456-7890-123\r".getBytes(StandardCharsets.US_ASCII));
                flow.handle(nextCode(events));
                assertThat(flow.snapshot().state()).isEqualTo(KioskState.PHOTO);
                assertThat(flow.snapshot().formId()).map(id -> id.digits()).contains(SimBench.FORM_ID);
                assertThat(serial.armed()).as("disarmed once the form is in").isFalse();
            } finally {
                serial.close();
            }
        }
    }

    @Test
    void aFormHeldToTheSimulatedCameraReachesTheSessionOnAKioskWithoutAScanner() throws Exception {
        try (SimBench sims = new SimBench(folder.resolve("printed"))) {
            Scene form = DeskScenes.generate(21L, 1).get(0);
            CodeScanner byCamera = new CameraCodeScanner(sims.camera, java.time.Clock.systemUTC());
            KioskDevices devices = new KioskDevices(sims.camera, byCamera, sims.printer, sims.lights, sims.gateway, sims.register);
            Flow flow = new Flow(sims.clock, new IdlePolicy(Duration.ofSeconds(90), Duration.ofSeconds(30)), devices,
                new PdfSessionSheets(sims.clock, SimBench.ADVICE), SimBench.ADVICE,
                Language.ENGLISH, SimBench.PHOTOS.get(), sims.submission());
            BlockingQueue<FlowEvent> events = new LinkedBlockingQueue<>();
            DeviceWiring.connect(devices, events::add);
            try {
                sims.camera.show("form on the desk", form.frame());
                flow.handle(new FlowEvent.Begin());
                flow.handle(new FlowEvent.ChooseLanguage(Language.ENGLISH));
                flow.handle(new FlowEvent.ChooseNeed(Need.APPLY));
                assertThat(flow.snapshot().scanByCamera()).as("the scan screen shows the camera's view").isTrue();
                flow.handle(nextCode(events));
                assertThat(flow.snapshot().state()).isEqualTo(KioskState.PHOTO);
                assertThat(flow.snapshot().formId()).map(id -> id.digits()).contains(form.payload().replaceAll("\\D", ""));
                assertThat(byCamera.armed()).isFalse();
            } finally {
                byCamera.close();
            }
        }
    }

    private static FlowEvent nextCode(BlockingQueue<FlowEvent> events) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            FlowEvent e = events.poll(100, TimeUnit.MILLISECONDS);
            if (e instanceof FlowEvent.CodeRead) {
                return e;
            }
        }
        throw new AssertionError("no code within 5 s");
    }

    private static void awaitReady(CodeScanner scanner) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (scanner.status().condition() != DeviceCondition.READY && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(scanner.status().condition()).isEqualTo(DeviceCondition.READY);
    }
}
