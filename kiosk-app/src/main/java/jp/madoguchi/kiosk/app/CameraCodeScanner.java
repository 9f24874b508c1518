package jp.madoguchi.kiosk.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import jp.madoguchi.devices.api.Camera;
import jp.madoguchi.devices.api.CodeScanner;
import jp.madoguchi.devices.api.DeviceKind;
import jp.madoguchi.devices.api.DeviceUnavailableException;
import jp.madoguchi.devices.api.Frame;
import jp.madoguchi.devices.api.ScannedCode;
import jp.madoguchi.devices.api.Subscription;
import jp.madoguchi.devices.spi.Listeners;
import jp.madoguchi.devices.spi.ReportingDevice;
import jp.madoguchi.kiosk.scan.CameraQrPipeline;
import jp.madoguchi.kiosk.scan.FrameCombiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The code scanner of a kiosk without one ({@code scanner.provider=camera}), assembled here in
 * the composition root from the camera device and the QR pipeline: while armed it
 * watches the camera's live view and reads the QR with {@link FrameCombiner}. A code is
 * reported once, not once per frame: the same payload is not reported again while it stays
 * in view (until it has been gone for {@link #FORGET_AFTER}). Frames arriving while one is
 * still being decoded are dropped, so a slow frame never builds a queue.
 */
public final class CameraCodeScanner extends ReportingDevice implements CodeScanner {
    private static final Logger LOG = LoggerFactory.getLogger(CameraCodeScanner.class);
    static final Duration FORGET_AFTER = Duration.ofSeconds(3);

    private final Camera camera;
    private final Clock clock;
    private final Executor decoder;
    private final ExecutorService ownDecoder;
    private final FrameCombiner frames = new FrameCombiner(new CameraQrPipeline());
    private final Listeners<ScannedCode> codes = new Listeners<>();
    private final AtomicBoolean busy = new AtomicBoolean();
    private final Subscription cameraStatus;
    private volatile boolean armed;
    private Subscription frameSubscription;
    private String lastPayload;
    private Instant lastSeen = Instant.MIN;

    public CameraCodeScanner(Camera camera, Clock clock) {
        this(camera, clock, null);
    }

    /** @param decoder where frames are decoded; null for a thread of its own (tests pass a direct executor) */
    public CameraCodeScanner(Camera camera, Clock clock, Executor decoder) {
        super(DeviceKind.CODE_SCANNER, camera.status().condition(), clock);
        this.camera = camera;
        this.clock = clock;
        this.ownDecoder = decoder == null ? Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "camera-qr");
            t.setDaemon(true);
            return t;
        }) : null;
        this.decoder = decoder == null ? ownDecoder : decoder;
        this.cameraStatus = camera.onStatus(s -> report(s.condition()));
    }

    @Override
    public synchronized void arm() {
        if (armed) {
            return;
        }
        armed = true;
        lastPayload = null;
        forgetFrames();
        frameSubscription = camera.onFrame(this::offer);
        try {
            camera.startLiveView();
        } catch (DeviceUnavailableException e) {
            LOG.warn("camera QR scanning unavailable: camera is {}", e.status().condition());
            report(e.status().condition());
        }
    }

    @Override
    public synchronized void disarm() {
        if (!armed) {
            return;
        }
        armed = false;
        if (frameSubscription != null) {
            frameSubscription.cancel();
            frameSubscription = null;
        }
        camera.stopLiveView();
        forgetFrames();
    }

    /** The decoder thread may be combining frames right now: forget them under the same lock. */
    private void forgetFrames() {
        synchronized (frames) {
            frames.forget();
        }
    }

    private void offer(Frame frame) {
        if (!armed || !busy.compareAndSet(false, true)) {
            return;
        }
        try {
            decoder.execute(() -> {
                try {
                    decode(frame);
                } finally {
                    busy.set(false);
                }
            });
        } catch (RuntimeException e) {
            busy.set(false);
        }
    }

    private void decode(Frame frame) {
        Optional<String> payload;
        synchronized (frames) {
            payload = frames.next(frame.image());
        }
        Instant now = clock.instant();
        if (payload.isEmpty() || !armed) {
            return;
        }
        synchronized (this) {
            boolean repeat = payload.get().equals(lastPayload) && Duration.between(lastSeen, now).compareTo(FORGET_AFTER) < 0;
            lastSeen = now;
            if (repeat) {
                return;
            }
            lastPayload = payload.get();
        }
        codes.publish(new ScannedCode(payload.get(), now));
    }

    @Override
    public boolean readsThroughCamera() {
        return true;
    }

    @Override
    public boolean armed() {
        return armed;
    }

    @Override
    public Subscription onCode(Consumer<ScannedCode> listener) {
        return codes.add(listener);
    }

    @Override
    public String description() {
        return "camera-qr:" + camera.description();
    }

    /** Stops reading; the camera itself belongs to the kiosk and is closed there. */
    @Override
    public void close() {
        disarm();
        cameraStatus.cancel();
        if (ownDecoder != null) {
            ownDecoder.shutdownNow();
        }
    }
}
