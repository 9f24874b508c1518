package jp.madoguchi.kiosk.flow;

import java.util.function.Supplier;
import jp.madoguchi.kiosk.scenario.ManualClock;
import jp.madoguchi.kiosk.testing.SystemPart;
import jp.madoguchi.kiosk.vision.FaceAnalyser;
import jp.madoguchi.kiosk.vision.ModelFiles;
import jp.madoguchi.kiosk.vision.VisionPhotoInspector;
import jp.madoguchi.rules.photo.PhotoJudge;
import jp.madoguchi.rules.photo.PhotoSpec;
import jp.madoguchi.rules.advice.Need;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.madoguchi.devices.spi.GatewayConfig;
import jp.madoguchi.kiosk.submit.Outbox;
import jp.madoguchi.kiosk.submit.OutboxConfig;
import jp.madoguchi.kiosk.submit.OutboxSender;
import jp.madoguchi.sim.gateway.GatewaySimulator;
import jp.madoguchi.sim.gateway.SimulatedGatewayLink;
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
import jp.madoguchi.sim.device.SimLights;
import jp.madoguchi.sim.device.SimPrinter;
import jp.madoguchi.sim.device.SimRegister;
import jp.madoguchi.sim.register.FormLedger;

/**
 * A kiosk on simulated devices for flow tests: the real flow, the real PDF sheets and the real
 * device wiring, with a hand-moved clock and every event handled synchronously.
 */
public final class SimBench implements AutoCloseable {
    /** One face analyser for every bench in the test run: the model loads once (issue 4). */
    static final Supplier<PhotoInspector> PHOTOS = memo();
    /** The shipped rules for Shinjuku; loaded once, as the kiosk does at start-up. */
    static final CounterAdvice ADVICE = new CounterAdvice(RuleBook.load(), "shinjuku");
    public static final String FORM_ID = "12345678901234567890123";

    /**
     * First of the fields, so that a missing face model skips the test before any device, server
     * or temporary folder exists: a skip thrown later would leave them behind, never closed.
     */
    private final PhotoInspector photos = PHOTOS.get();
    public final ManualClock clock = new ManualClock(Instant.parse("2026-11-24T01:00:00Z"));
    public final SimCamera camera = new SimCamera(FaceImages.locate(Optional.empty()), 30, clock);
    public final SimCodeScanner scanner = new SimCodeScanner(clock);
    public final SimPrinter printer;
    public final SimLights lights = new SimLights(clock);
    /** The simulated world's form IDs: the register issues and voids them, the gateway refuses voided ones. */
    public final FormLedger ledger = new FormLedger(new java.util.Random(7));
    /** The resident register: the real HTTP client against the simulated service on loopback. */
    public final SimRegister register = new SimRegister(ledger, clock);
    private final SimulatedReceiver receiver;
    /** The real HTTP client to a gateway simulator on loopback (see {@link SimulatedReceiver}). */
    public final SimulatedGatewayLink gateway;
    /** What reached the simulated receiver, in order (each new application once). */
    public final List<GatewaySimulator.Stored> arrived;
    public final Outbox outbox;
    /** Not started: tests deliver with {@link #deliver()}, synchronously, so each step is deterministic. */
    public final OutboxSender sender;
    public final KioskDevices devices;
    public final Flow flow;
    public final List<SessionEnd> ended = new ArrayList<>();

    public SimBench(Path printerFolder) {
        this(printerFolder, null);
    }

    /** @param keepJobs the simulated printer keeps every session's files (printer.keep_jobs) */
    public SimBench(Path printerFolder, boolean keepJobs) {
        this(printerFolder, null, null, keepJobs);
    }

    public SimBench(Path printerFolder, SessionSheets sheets) {
        this(printerFolder, sheets, null, false);
    }

    /** @param outboxConfig the outbox to use (null: a fresh one in a temporary folder) */
    public SimBench(Path printerFolder, SessionSheets sheets, OutboxConfig outboxConfig) {
        this(printerFolder, sheets, outboxConfig, false);
    }

    private SimBench(Path printerFolder, SessionSheets sheets, OutboxConfig outboxConfig, boolean keepJobs) {
        printer = new SimPrinter(printerFolder, keepJobs, clock);
        receiver = new SimulatedReceiver(clock, ledger, outboxConfig);
        gateway = receiver.gateway;
        arrived = receiver.arrived;
        outbox = receiver.outbox;
        sender = receiver.sender;
        devices = new KioskDevices(camera, scanner, printer, lights, gateway, register);
        flow = new Flow(clock, new IdlePolicy(Duration.ofSeconds(90), Duration.ofSeconds(30)), devices,
            sheets == null ? new PdfSessionSheets(clock, ADVICE) : sheets, ADVICE, Language.EASY_JAPANESE, photos,
            submission());
        flow.addListener(new LightsDirector(lights));
        flow.addListener(FlowListener.onSessionEnd(ended::add));
        DeviceWiring.connect(devices, flow::handle);
        DeliveryWiring.connect(sender, flow::handle);
    }

    /** What the flow hands applications to: this bench's outbox, a 3 s wait for the receipt. */
    public Submission submission() {
        return receiver.submission();
    }

    /** One pass of the outbox's sender, on this thread: every due application is tried once. */
    public int deliver() {
        return receiver.deliver();
    }

    /** From the review of an accepted photo to the submit screen: both certificates, born 1995-04-02, no braille. */
    public void walkToSubmit() {
        walkToSubmit(flow);
    }

    /** The same on any test kiosk's flow (the staff bench's too). */
    public static void walkToSubmit(Flow flow) {
        flow.handle(new FlowEvent.AcceptPhoto());
        flow.handle(new FlowEvent.ChooseCertificates(true, true));
        typeBirthDate(flow, "19950402");
        flow.handle(new FlowEvent.ChooseBraille(false));
    }

    public void typeBirthDate(String digits) {
        typeBirthDate(flow, digits);
    }

    private static void typeBirthDate(Flow flow, String digits) {
        digits.chars().forEach(c -> flow.handle(new FlowEvent.KeyDigit(c - '0')));
        flow.handle(new FlowEvent.ConfirmBirthDate());
    }

    /**
     * The resident stays in front of the camera for {@code time}: the live check judges the
     * current frame every 200 ms of the bench's clock, synchronously, as the kiosk's analysis
     * thread would (issue 4).
     */
    public void holdStill(Duration time) {
        for (long ms = 0; ms <= time.toMillis(); ms += 200) {
            if (flow.state() != KioskState.PHOTO) {
                return;
            }
            camera.currentFrame().ifPresent(f -> flow.handle(new FlowEvent.PhotoChecked(photos.inspect(f.image()))));
            clock.advance(Duration.ofMillis(200));
        }
    }

    /** Skips (fails with CI=true) when the studio's source frames were not fetched (models/fetch). */
    public static void requireStudio(SimCamera camera) {
        SystemPart.require(camera.faces().studioReady(), "the simulated camera's source frames (models/fetch, npm registry)",
            SystemPart.FETCH_MODELS);
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
        receiver.close();
    }

    /**
     * Skips (fails with CI=true) when the face models were not fetched. Tests that build a bench
     * inside TestFX's {@code @Start} call it from {@code @BeforeAll}: there the skip would be
     * wrapped into an error by TestFX instead of being reported as a skip.
     */
    public static void requireFaceModels() {
        SystemPart.require(ModelFiles.installed(), "the face models (models/fetch puts them in models/cache/)",
            SystemPart.FETCH_MODELS);
    }

    private static Supplier<PhotoInspector> memo() {
        PhotoInspector[] one = new PhotoInspector[1];
        return () -> {
            synchronized (one) {
                if (one[0] == null) {
                    requireFaceModels();
                    one[0] = new VisionPhotoInspector(FaceAnalyser.fromInstalledModel(), new PhotoJudge(PhotoSpec.load()));
                }
                return one[0];
            }
        };
    }
}
