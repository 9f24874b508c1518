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
import jp.madoguchi.kiosk.vision.FaceAnalyser;
import jp.madoguchi.kiosk.vision.VisionPhotoInspector;
import jp.madoguchi.rules.photo.PhotoJudge;
import jp.madoguchi.kiosk.flow.Flow;
import jp.madoguchi.kiosk.flow.FlowEvent;
import jp.madoguchi.kiosk.flow.KioskDevices;
import jp.madoguchi.kiosk.flow.LightsDirector;
import jp.madoguchi.kiosk.flow.Submission;
import jp.madoguchi.kiosk.submit.Outbox;
import jp.madoguchi.kiosk.submit.OutboxSender;

/**
 * The composition root: configuration in, a running kiosk out. Opens the devices, builds the
 * flow, and connects device reports and the clock to it. Closing releases everything.
 */
public final class Kiosk implements AutoCloseable {
    private final KioskDevices devices;
    private final Flow flow;
    private final FlowRunner runner;
    private final VisionPhotoInspector photos;
    private LivePhotoCheck livePhotos;
    private final ScheduledExecutorService clockTicks = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kiosk-clock");
        t.setDaemon(true);
        return t;
    });

    private final Set<DeviceKind> simulated;
    private final Outbox outbox;
    private final OutboxSender sender;

    private Kiosk(KioskDevices devices, Set<DeviceKind> simulated, Flow flow, VisionPhotoInspector photos, Outbox outbox,
                  OutboxSender sender) {
        this.devices = devices;
        this.simulated = Set.copyOf(simulated);
        this.flow = flow;
        this.photos = photos;
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
        Submission submission = KioskConfig.submission(settings, outbox);
        Flow flow = new Flow(clock, KioskConfig.idlePolicy(settings), devices, new PdfSessionSheets(clock, advice), advice,
            KioskConfig.language(settings), photos, submission);
        flow.addListener(new LightsDirector(devices.lights()));
        Thread fonts = new Thread(PdfSessionSheets::warmUp, "print-fonts");
        fonts.setDaemon(true);
        fonts.start();
        Kiosk kiosk = new Kiosk(devices, simulated, flow, photos, outbox, new OutboxSender(outbox, devices.gateway(), clock));
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

    /** Sends an event to the flow's own thread (taps from the UI, controls from the panel). */
    public void send(FlowEvent event) {
        runner.send(event);
    }

    @Override
    public void close() {
        clockTicks.shutdownNow();
        if (livePhotos != null) {
            livePhotos.close();
        }
        runner.close();
        sender.close();
        devices.close();
        outbox.close();
        photos.close();
    }
}
