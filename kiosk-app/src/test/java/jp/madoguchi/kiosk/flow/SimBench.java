package jp.madoguchi.kiosk.flow;

import jp.madoguchi.rules.advice.Need;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.kiosk.documents.PdfSessionSheets;
import jp.madoguchi.rules.RuleBook;
import jp.madoguchi.sim.device.FaceImages;
import jp.madoguchi.sim.device.SimCamera;
import jp.madoguchi.sim.device.SimCodeScanner;
import jp.madoguchi.sim.device.SimGateway;
import jp.madoguchi.sim.device.SimLights;
import jp.madoguchi.sim.device.SimPrinter;

/**
 * A kiosk on simulated devices for flow tests: the real flow, the real PDF sheets and the real
 * device wiring, with a hand-moved clock and every event handled synchronously.
 */
public final class SimBench implements AutoCloseable {
    public static final String FORM_ID = "12345678901234567890123";

    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T01:00:00Z"));
    public final SimCamera camera = new SimCamera(FaceImages.locate(Optional.empty()), 30, clock);
    public final SimCodeScanner scanner = new SimCodeScanner(clock);
    public final SimPrinter printer;
    public final SimLights lights = new SimLights(clock);
    public final SimGateway gateway = new SimGateway(clock);
    public final KioskDevices devices;
    public final Flow flow;
    public final List<SessionEnd> ended = new ArrayList<>();

    public SimBench(Path printerFolder) {
        this(printerFolder, null);
    }

    public SimBench(Path printerFolder, SessionSheets sheets) {
        printer = new SimPrinter(printerFolder, clock);
        devices = new KioskDevices(camera, scanner, printer, lights, gateway);
        flow = new Flow(clock, new IdlePolicy(Duration.ofSeconds(90), Duration.ofSeconds(30)), devices,
            sheets == null ? new PdfSessionSheets(clock, RuleBook.load(), "shinjuku") : sheets, new CounterAdvice(RuleBook.load(), "shinjuku"),
            Language.EASY_JAPANESE);
        flow.addListener(new LightsDirector(lights));
        flow.addListener(new FlowListener() {
            @Override
            public void changed(FlowSnapshot snapshot) {
            }

            @Override
            public void sessionEnded(SessionEnd end) {
                ended.add(end);
            }
        });
        DeviceWiring.connect(devices, flow::handle);
    }

    public FlowSnapshot now() {
        return flow.snapshot();
    }

    /** Walks a resident from the attract screen to the photo step with the sample form ID. */
    public void walkToPhoto(Language language) {
        flow.handle(new FlowEvent.Begin());
        flow.handle(new FlowEvent.ChooseLanguage(language));
        flow.handle(new FlowEvent.ChooseNeed(Need.APPLY));
        scanner.present(FORM_ID);
    }

    public void idleFor(Duration quiet) {
        clock.advance(quiet);
        flow.handle(new FlowEvent.Tick());
    }

    @Override
    public void close() {
        devices.close();
    }
}
