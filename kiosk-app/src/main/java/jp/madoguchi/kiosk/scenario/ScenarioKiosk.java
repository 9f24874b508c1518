package jp.madoguchi.kiosk.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import jp.madoguchi.devices.api.CodeScanner;
import jp.madoguchi.devices.spi.GatewayConfig;
import jp.madoguchi.kiosk.app.CameraCodeScanner;
import jp.madoguchi.kiosk.app.OutboxForStaff;
import jp.madoguchi.kiosk.documents.PdfSessionSheets;
import jp.madoguchi.kiosk.documents.StaffSheets;
import jp.madoguchi.kiosk.flow.CounterAdvice;
import jp.madoguchi.kiosk.flow.DeliveryWiring;
import jp.madoguchi.kiosk.flow.DeviceWiring;
import jp.madoguchi.kiosk.flow.Flow;
import jp.madoguchi.kiosk.flow.FlowEvent;
import jp.madoguchi.kiosk.flow.FlowListener;
import jp.madoguchi.kiosk.flow.FlowSnapshot;
import jp.madoguchi.kiosk.flow.IdlePolicy;
import jp.madoguchi.kiosk.flow.KioskDevices;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.kiosk.flow.LightsDirector;
import jp.madoguchi.kiosk.flow.PhotoInspector;
import jp.madoguchi.kiosk.flow.SessionEnd;
import jp.madoguchi.kiosk.flow.Submission;
import jp.madoguchi.kiosk.metrics.FleetMetrics;
import jp.madoguchi.kiosk.metrics.FlowRecorder;
import jp.madoguchi.kiosk.staff.AuditLog;
import jp.madoguchi.kiosk.staff.DayTally;
import jp.madoguchi.kiosk.staff.EntryLock;
import jp.madoguchi.kiosk.staff.PinHash;
import jp.madoguchi.kiosk.staff.StaffAccounts;
import jp.madoguchi.kiosk.staff.StaffDatabase;
import jp.madoguchi.kiosk.staff.StaffDesk;
import jp.madoguchi.kiosk.submit.Outbox;
import jp.madoguchi.kiosk.submit.OutboxConfig;
import jp.madoguchi.kiosk.submit.OutboxException;
import jp.madoguchi.kiosk.submit.OutboxSender;
import jp.madoguchi.sim.device.FaceImages;
import jp.madoguchi.sim.device.SimCamera;
import jp.madoguchi.sim.device.SimCodeScanner;
import jp.madoguchi.sim.device.SimLights;
import jp.madoguchi.sim.device.SimPrinter;
import jp.madoguchi.sim.device.SimRegister;
import jp.madoguchi.sim.gateway.GatewaySimulator;
import jp.madoguchi.sim.gateway.SimulatedGatewayLink;
import jp.madoguchi.sim.register.FormLedger;

/**
 * The kiosk a scenario runs on: the real flow, staff desk, PDF sheets, encrypted SQLite outbox and
 * its sender against the loopback gateway simulator, on simulated devices, with a clock that moves
 * only when told. Everything is handled on the caller's thread, so a run is the same every time.
 * The world outside the kiosk (devices, the receiver, the register, the clock) outlives a kill;
 * the kiosk itself (flow, outbox connection, staff database, metrics) is started again over the
 * same files. Closing deletes every file the run made.
 */
public final class ScenarioKiosk implements AutoCloseable {
    public final ManualClock clock = new ManualClock();
    private final Path folder;
    private final Scenario.Setup setup;
    private final CounterAdvice advice;
    private final PhotoInspector photos;
    private final IdlePolicy idle;
    public final FormLedger ledger;
    public final SimRegister register;
    public final SimulatedGatewayLink gateway;
    /** Every application that reached the receiver, in order. */
    public final List<GatewaySimulator.Stored> arrived = new CopyOnWriteArrayList<>();
    public final SimCamera camera;
    /** The serial scanner's simulator; null when the camera reads the form. */
    public final SimCodeScanner serialScanner;
    public final SimPrinter printer;
    public final SimLights lights;
    public final KioskDevices devices;
    private Life life;
    /** Application keys from the scenario's seed: the same keys, so the same receipts, on every run. */
    private final Random keys;

    /** One run of the kiosk program, from start to close or kill. */
    private final class Life {
        final Outbox outbox;
        final OutboxSender sender;
        final StaffDatabase staffDb;
        final FleetMetrics metrics;
        final Flow flow;
        final List<SessionEnd> ended = new ArrayList<>();

        Life() {
            Deque<AutoCloseable> opened = new ArrayDeque<>();
            try {
                outbox = Outbox.open(new OutboxConfig(folder.resolve("outbox"), folder.resolve("outbox.key"), Optional.empty(),
                    Optional.empty()), clock);
                opened.push(outbox);
                sender = new OutboxSender(outbox, gateway, clock);
                opened.push(sender);
                staffDb = StaffDatabase.open(folder.resolve("audit.db"));
                opened.push(staffDb);
                DayTally today = new DayTally(clock);
                OutboxForStaff outboxView = new OutboxForStaff(outbox, sender);
                Path staffFile = folder.resolve("staff.tsv");
                StaffDesk desk = new StaffDesk(() -> StaffAccounts.load(staffFile), new EntryLock(staffDb, clock),
                    new AuditLog(staffDb, clock), today, outboxView, devices.all(), printer, register,
                    new StaffSheets(advice.municipality()), clock, java.util.Arrays.stream(Language.values()).map(Language::code).toList(),
                    "en");
                flow = new Flow(clock, idle, devices, new PdfSessionSheets(clock, advice), advice, setup.language(), photos,
                    new Submission(outbox, "scenario-kiosk", setup.submitWait(), ScenarioKiosk.this::nextKey), desk);
                flow.addListener(new LightsDirector(lights));
                metrics = new FleetMetrics(devices.all(), outboxView, "scenario");
                opened.push(metrics);
                sender.timeDeliveriesWith(metrics::observe);
                flow.addListener(new FlowRecorder(metrics, today));
                flow.addListener(FlowListener.onSessionEnd(ended::add));
                DeliveryWiring.connect(sender, flow::handle);
            } catch (RuntimeException | Error e) {
                closeAll(opened, e);
                throw e;
            }
        }

        /** As a killed process leaves it: nothing wiped, nothing flushed beyond what was already committed. */
        void drop() {
            sender.close();
            outbox.close();
            staffDb.close();
            metrics.close();
        }
    }

    public ScenarioKiosk(Scenario.Setup setup, long seed, CounterAdvice advice, PhotoInspector photos) {
        this.setup = setup;
        this.advice = advice;
        this.photos = photos;
        // a setup the flow would refuse is refused before anything is made
        this.idle = new IdlePolicy(setup.idle(), setup.idleWarning());
        try {
            folder = Files.createTempDirectory("madoguchi-scenario");
            StaffAccounts staff = StaffAccounts.empty();
            for (Scenario.StaffMember m : setup.staff()) {
                staff = staff.with(new StaffAccounts.Member(m.id(), m.name(), new PinHash().hash(m.pin().toCharArray())));
            }
            staff.save(folder.resolve("staff.tsv"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the scenario's temporary folder", e);
        }
        // what was opened before a failure is closed again, or the gateway's loopback server and
        // the camera's thread would outlive a kiosk that never started
        Deque<AutoCloseable> opened = new ArrayDeque<>();
        try {
            ledger = new FormLedger(new Random(seed));
            keys = new Random(seed ^ 0x5EED_CAFEL);
            register = new SimRegister(ledger, clock);
            opened.push(register);
            gateway = SimulatedGatewayLink.open(new GatewayConfig("sim", "", java.time.Duration.ofSeconds(2),
                java.time.Duration.ofSeconds(2), 1, Optional.empty(), Optional.empty(), Optional.empty()), clock, seed);
            opened.push(gateway);
            gateway.simulator().onStored(arrived::add);
            gateway.simulator().faults().alsoRefuse(ledger::refusalFor);
            camera = new SimCamera(FaceImages.locate(Optional.empty()), 30, clock);
            opened.push(camera);
            boolean byCamera = setup.scanner().equals("camera");
            serialScanner = byCamera ? null : new SimCodeScanner(clock);
            // the camera decodes on its own thread, in real time: its timing is the one part a scenario cannot fix
            CodeScanner scanner = byCamera ? new CameraCodeScanner(camera, java.time.Clock.systemUTC()) : serialScanner;
            opened.push(scanner);
            printer = new SimPrinter(folder.resolve("printed"), clock);
            opened.push(printer);
            lights = new SimLights(clock);
            opened.push(lights);
            devices = new KioskDevices(camera, scanner, printer, lights, gateway, register);
            // devices outlive a kill: they report to whichever kiosk runs now
            DeviceWiring.connect(devices, event -> life.flow.handle(event));
            life = new Life();
        } catch (RuntimeException | Error e) {
            // nothing to close() yet: the devices opened so far and the run's files would stay behind
            closeAll(opened, e);
            deleteTree(folder);
            throw e;
        }
    }

    private java.util.UUID nextKey() {
        return new java.util.UUID((keys.nextLong() & ~0xF000L) | 0x4000L, (keys.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L);
    }

    public Flow flow() {
        return life.flow;
    }

    public FlowSnapshot now() {
        return life.flow.snapshot();
    }

    public void send(FlowEvent event) {
        life.flow.handle(event);
    }

    public Outbox outbox() {
        return life.outbox;
    }

    public FleetMetrics metrics() {
        return life.metrics;
    }

    public List<SessionEnd> ended() {
        return life.ended;
    }

    /** One pass of the outbox's sender, as its thread would make now: every due application is tried once. */
    public void deliver() {
        try {
            life.sender.sendDue();
        } catch (OutboxException e) {
            throw new IllegalStateException("the outbox failed: " + e.getMessage(), e);
        }
    }

    /** The kiosk program dies and starts again over the same outbox, staff database and devices. */
    public void kill() {
        life.drop();
        life = new Life();
    }

    /** Calls {@code each} with every simulated device's recorded calls (for the storyboard). */
    public void deviceLogs(Consumer<String> each) {
        each.accept("camera: " + String.join("; ", tail(camera.log())));
        if (serialScanner != null) {
            each.accept("scanner: " + String.join("; ", tail(serialScanner.log())));
        }
        each.accept("printer: " + String.join("; ", tail(printer.log())));
        each.accept("lights: " + String.join("; ", tail(lights.log())));
    }

    private static List<String> tail(List<String> log) {
        return log.subList(Math.max(0, log.size() - 4), log.size());
    }

    @Override
    public void close() {
        life.drop();
        devices.close();
        deleteTree(folder);
    }

    /** Closes {@code opened} (last opened first) after {@code failure}, which carries what closing throws. */
    private static void closeAll(Deque<AutoCloseable> opened, Throwable failure) {
        for (AutoCloseable part : opened) {
            try {
                part.close();
            } catch (Exception closing) {
                failure.addSuppressed(closing);
            }
        }
    }

    private static void deleteTree(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the scenario's temporary folder " + folder, e);
        }
    }
}
