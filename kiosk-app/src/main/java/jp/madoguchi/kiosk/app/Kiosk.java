package jp.madoguchi.kiosk.app;

import java.time.Clock;
import java.util.Set;
import jp.madoguchi.devices.api.DeviceKind;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jp.madoguchi.devices.spi.Settings;
import jp.madoguchi.kiosk.documents.PdfSessionSheets;
import jp.madoguchi.kiosk.flow.CounterAdvice;
import jp.madoguchi.kiosk.flow.DeliveryWiring;
import jp.madoguchi.kiosk.flow.DeviceWiring;
import jp.madoguchi.kiosk.metrics.FleetMetrics;
import jp.madoguchi.kiosk.metrics.FlowRecorder;
import jp.madoguchi.kiosk.staff.DayTally;
import jp.madoguchi.kiosk.staff.OutboxView;
import jp.madoguchi.kiosk.staff.StaffDatabase;
import jp.madoguchi.kiosk.vision.FaceAnalyser;
import jp.madoguchi.kiosk.vision.VisionPhotoInspector;
import jp.madoguchi.rules.photo.PhotoJudge;
import jp.madoguchi.kiosk.flow.Flow;
import jp.madoguchi.kiosk.flow.FlowEvent;
import jp.madoguchi.kiosk.flow.KioskDevices;
import jp.madoguchi.kiosk.flow.KioskState;
import jp.madoguchi.kiosk.flow.LightsDirector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jp.madoguchi.kiosk.speech.Narrator;
import jp.madoguchi.kiosk.flow.Submission;
import jp.madoguchi.kiosk.submit.Outbox;
import jp.madoguchi.kiosk.submit.OutboxSender;

/**
 * The composition root: configuration in, a running kiosk out. Opens the devices, builds the
 * flow with staff mode, the fleet metrics and the staff audit database, and connects device
 * reports and the clock to the flow. Closing releases everything.
 */
public final class Kiosk implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Kiosk.class);
    private final KioskDevices devices;
    private final Flow flow;
    private final FlowRunner runner;
    private final VisionPhotoInspector photos;
    private final StaffDatabase staffDb;
    private final FleetMetrics metrics;
    private LivePhotoCheck livePhotos;
    private final ScheduledExecutorService clockTicks = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kiosk-clock");
        t.setDaemon(true);
        return t;
    });

    private final Set<DeviceKind> simulated;
    private final Narrator narrator;
    private final boolean voiceGuidance;
    private final Outbox outbox;
    private final OutboxSender sender;

    private Kiosk(KioskDevices devices, Set<DeviceKind> simulated, Flow flow, VisionPhotoInspector photos,
                  StaffDatabase staffDb, FleetMetrics metrics, Narrator narrator, boolean voiceGuidance, Outbox outbox,
                  OutboxSender sender) {
        this.devices = devices;
        this.narrator = narrator;
        this.voiceGuidance = voiceGuidance;
        this.simulated = Set.copyOf(simulated);
        this.flow = flow;
        this.photos = photos;
        this.staffDb = staffDb;
        this.metrics = metrics;
        this.outbox = outbox;
        this.sender = sender;
        this.runner = new FlowRunner(flow);
    }

    public static Kiosk start(Settings settings, Clock clock) {
        CounterAdvice advice = KioskConfig.counterAdvice(settings);
        VisionPhotoInspector photos = new VisionPhotoInspector(FaceAnalyser.fromInstalledModel(),
            new PhotoJudge(KioskConfig.photoSpec(settings)));
        KioskDevices devices = DeviceSetup.open(settings);
        Set<DeviceKind> simulated = DeviceSetup.simulated(settings);
        Outbox outbox = Outbox.open(KioskConfig.outbox(settings), clock); // never throws: a broken outbox sends residents to staff
        OutboxSender sender = new OutboxSender(outbox, devices.gateway(), clock);
        OutboxView outboxForStaff = new OutboxForStaff(outbox, sender);
        DayTally today = new DayTally(clock);
        StaffDatabase staffDb = StaffDatabase.open(KioskConfig.auditDatabase(settings));
        Flow flow = new Flow(clock, KioskConfig.idlePolicy(settings), devices, new PdfSessionSheets(clock, advice), advice,
            KioskConfig.language(settings), photos, KioskConfig.submission(settings, outbox),
            StaffSetup.desk(settings, devices, staffDb, today, outboxForStaff, advice, clock));
        flow.addListener(new LightsDirector(devices.lights()));
        FleetMetrics metrics = new FleetMetrics(devices.all(), outboxForStaff, StaffSetup.version());
        sender.timeDeliveriesWith(metrics::observe);
        flow.addListener(new FlowRecorder(metrics, today));
        KioskConfig.metricsPort(settings).ifPresent(port -> LOG.info("metrics at http://0.0.0.0:{}/metrics", metrics.serve(port)));
        Thread fonts = new Thread(PdfSessionSheets::warmUp, "print-fonts");
        fonts.setDaemon(true);
        fonts.start();
        Kiosk kiosk = new Kiosk(devices, simulated, flow, photos, staffDb, metrics,
            new Narrator(DeviceSetup.openSpeaker(settings)), KioskConfig.speechGuidance(settings), outbox, sender);
        kiosk.connect();
        return kiosk;
    }

    private void connect() {
        DeviceWiring.connect(devices, runner::send);
        DeliveryWiring.connect(sender, runner::send);
        sender.start(); // applications left from before a restart go out now
        livePhotos = new LivePhotoCheck(photos, flow::state, runner::send).watch(devices.camera());
        clockTicks.scheduleAtFixedRate(() -> runner.send(new FlowEvent.Tick()), 1, 1, TimeUnit.SECONDS);
        runner.send(new FlowEvent.Tick());
    }

    public Flow flow() {
        return flow;
    }

    /** The unsent applications: status for staff and `./kiosk outbox status`. */
    public Outbox outbox() {
        return outbox;
    }

    /** Delivers the outbox in the background; staff's "retry now". */
    public OutboxSender sender() {
        return sender;
    }

    public KioskDevices devices() {
        return devices;
    }

    /** The devices that are simulators (none on a production kiosk). */
    public Set<DeviceKind> simulatedDevices() {
        return simulated;
    }

    /** Reads screens aloud (the speaker button; every new screen with voice guidance). */
    public void narrate(jp.madoguchi.kiosk.ui.KioskViewModel screens) {
        screens.readWith(narrator::read, voiceGuidance);
    }

    /** Sends an event to the flow's own thread (taps from the UI, controls from the panel). */
    public void send(FlowEvent event) {
        runner.send(event);
    }

    /** Ends a session in progress first (wiping it, and the printer's copies of it), then releases everything. */
    @Override
    public void close() {
        clockTicks.shutdownNow();
        if (livePhotos != null) {
            livePhotos.close();
        }
        runner.close();
        // a session still in progress ends here like any other: wiped, the printer's copies forgotten
        if (flow.state() != KioskState.ATTRACT) {
            flow.handle(new FlowEvent.StartOver());
        }
        metrics.close();
        narrator.close();
        sender.close();
        devices.close();
        outbox.close();
        photos.close();
        staffDb.close();
    }
}
