package jp.madoguchi.kiosk.flow;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.devices.api.CodeScanner;
import jp.madoguchi.kiosk.app.CameraCodeScanner;
import jp.madoguchi.kiosk.documents.PdfSessionSheets;
import jp.madoguchi.kiosk.documents.StaffSheets;
import jp.madoguchi.kiosk.metrics.FleetMetrics;
import jp.madoguchi.kiosk.metrics.FlowRecorder;
import jp.madoguchi.kiosk.scenario.ManualClock;
import jp.madoguchi.kiosk.staff.AuditLog;
import jp.madoguchi.kiosk.staff.DayTally;
import jp.madoguchi.kiosk.staff.EntryLock;
import jp.madoguchi.kiosk.staff.OutboxView;
import jp.madoguchi.kiosk.staff.PinHash;
import jp.madoguchi.kiosk.staff.StaffAccounts;
import jp.madoguchi.kiosk.staff.StaffDatabase;
import jp.madoguchi.kiosk.staff.StaffDesk;
import jp.madoguchi.kiosk.staff.StaffInput;
import jp.madoguchi.sim.device.FaceImages;
import jp.madoguchi.sim.device.SimCamera;
import jp.madoguchi.sim.device.SimCodeScanner;
import jp.madoguchi.sim.device.SimLights;
import jp.madoguchi.sim.device.SimPrinter;
import jp.madoguchi.sim.device.SimRegister;
import jp.madoguchi.sim.register.FormLedger;

/**
 * A kiosk with staff mode on simulated devices: the real flow, staff desk, audit database
 * (SQLite in a temporary folder), staff file, register client against the loopback register
 * simulator, PDF sheets and fleet metrics. Events are handled synchronously, the clock moves by hand.
 */
public final class StaffBench implements AutoCloseable {
    public static final String STAFF_ID = "0042";
    public static final String PIN = "482917";

    /** First, so that a missing face model skips before anything below opens (see SimBench). */
    private final PhotoInspector photos = SimBench.PHOTOS.get();
    public final ManualClock clock = new ManualClock(Instant.parse("2026-11-24T01:00:00Z"));
    public final SimCamera camera = new SimCamera(FaceImages.locate(Optional.empty()), 30, clock);
    /** The serial scanner's simulator, or null on a kiosk that reads the QR with its camera. */
    public final SimCodeScanner serialScanner;
    public final CodeScanner scanner;
    public final SimPrinter printer;
    public final SimLights lights = new SimLights(clock);
    public final FormLedger ledger = new FormLedger(new java.util.Random(12));
    private final SimulatedReceiver receiver = new SimulatedReceiver(clock, ledger, null);
    /** The real HTTP client to the gateway simulator, which refuses forms the register voided. */
    public final jp.madoguchi.sim.gateway.SimulatedGatewayLink gateway = receiver.gateway;
    /** What reached the simulated receiver, in order. */
    public final List<jp.madoguchi.sim.gateway.GatewaySimulator.Stored> arrived = receiver.arrived;
    public final SimRegister register = new SimRegister(ledger, clock);
    public final KioskDevices devices;
    public final StaffDatabase staffDb;
    public final AuditLog audit;
    public final DayTally today = new DayTally(clock);
    public final FleetMetrics metrics;
    public final Flow flow;
    public final List<SessionEnd> ended = new ArrayList<>();
    public final List<FlowFact> facts = new ArrayList<>();
    public boolean exitRequested;

    public StaffBench(Path folder, boolean scanByCamera) {
        serialScanner = scanByCamera ? null : new SimCodeScanner(clock);
        scanner = scanByCamera ? new CameraCodeScanner(camera, java.time.Clock.systemUTC()) : serialScanner;
        printer = new SimPrinter(folder.resolve("printed"), clock);
        devices = new KioskDevices(camera, scanner, printer, lights, gateway, register);
        staffDb = StaffDatabase.open(folder.resolve("audit.db"));
        audit = new AuditLog(staffDb, clock);
        Path staffFile = folder.resolve("staff.tsv");
        StaffAccounts.empty().with(new StaffAccounts.Member(STAFF_ID, "Tanaka", new PinHash().hash(PIN.toCharArray())))
            .save(staffFile);
        OutboxView outboxView = new jp.madoguchi.kiosk.app.OutboxForStaff(receiver.outbox, receiver.sender);
        StaffDesk desk = new StaffDesk(() -> StaffAccounts.load(staffFile), new EntryLock(staffDb, clock), audit, today,
            outboxView, devices.all(), printer, register, new StaffSheets(SimBench.ADVICE.municipality()), clock,
            Arrays.stream(Language.values()).map(Language::code).toList(), "en");
        flow = new Flow(clock, new IdlePolicy(Duration.ofSeconds(90), Duration.ofSeconds(30)), devices,
            new PdfSessionSheets(clock, SimBench.ADVICE), SimBench.ADVICE, Language.EASY_JAPANESE, photos,
            receiver.submission(), desk);
        flow.addListener(new LightsDirector(lights));
        metrics = new FleetMetrics(devices.all(), outboxView, "test");
        receiver.sender.timeDeliveriesWith(metrics::observe);
        flow.addListener(new FlowRecorder(metrics, today));
        flow.addListener(new FlowListener() {
            @Override
            public void changed(FlowSnapshot snapshot) {
            }

            @Override
            public void sessionEnded(SessionEnd end) {
                ended.add(end);
            }

            @Override
            public void noted(FlowFact fact) {
                facts.add(fact);
            }

            @Override
            public void exitRequested() {
                exitRequested = true;
            }
        });
        DeviceWiring.connect(devices, flow::handle);
        DeliveryWiring.connect(receiver.sender, flow::handle);
    }

    public FlowSnapshot now() {
        return flow.snapshot();
    }

    public void staff(StaffInput input) {
        flow.handle(new FlowEvent.Staff(input));
    }

    /** Types digits on the staff keypad, then OK. */
    public void keypad(String digits) {
        digits.chars().forEach(c -> staff(new StaffInput.Digit(c - '0')));
        staff(new StaffInput.Enter());
    }

    /** Types letters and spaces on the staff keyboard. */
    public void letters(String text) {
        text.chars().forEach(c -> staff(new StaffInput.Letter((char) c)));
    }

    /** Types digits without pressing OK. */
    public void digits(String digits) {
        digits.chars().forEach(c -> staff(new StaffInput.Digit(c - '0')));
    }

    /** One pass of the outbox's sender, on this thread: every due application is tried once. */
    public int deliver() {
        return receiver.deliver();
    }

    @Override
    public void close() {
        metrics.close();
        devices.close();
        receiver.close();
        staffDb.close();
    }
}
