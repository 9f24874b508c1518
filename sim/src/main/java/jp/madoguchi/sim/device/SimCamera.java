package jp.madoguchi.sim.device;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import jp.madoguchi.devices.api.Camera;
import jp.madoguchi.devices.api.DeviceKind;
import jp.madoguchi.devices.api.DeviceUnavailableException;
import jp.madoguchi.devices.api.Frame;
import jp.madoguchi.devices.api.Subscription;
import jp.madoguchi.devices.spi.Listeners;

/**
 * A camera that films a still image: the face chosen by a test or the panel. Live frames come
 * from one daemon thread at the configured rate, as a USB camera's would.
 */
public final class SimCamera extends SimulatedDevice implements Camera {
    private final Clock clock;
    private final FaceImages faces;
    private final int framesPerSecond;
    private final Listeners<Frame> listeners = new Listeners<>();
    private final ScheduledExecutorService frameThread;
    private ScheduledFuture<?> liveView;
    private volatile BufferedImage scene;
    private volatile String sceneName;

    public SimCamera(FaceImages faces, int framesPerSecond, Clock clock) {
        super(DeviceKind.CAMERA, clock);
        this.clock = clock;
        this.faces = faces;
        this.framesPerSecond = framesPerSecond;
        this.frameThread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sim-camera-frames");
            t.setDaemon(true);
            return t;
        });
        faces.names().stream().filter(n -> faces.load(n).isPresent()).findFirst().ifPresent(this::show);
    }

    @Override
    public String description() {
        return "sim:" + faces.origin();
    }

    public FaceImages faces() {
        return faces;
    }

    /** Control: the camera now sees this image from {@link #faces()}; false if it cannot be decoded. */
    public boolean show(String name) {
        return faces.load(name).map(image -> {
            show(name, image);
            return true;
        }).orElse(false);
    }

    /** Control: the camera now sees {@code image} (tests build their own scenes). */
    public void show(String name, BufferedImage image) {
        scene = image;
        sceneName = name;
        record("shows " + name);
    }

    public String sceneName() {
        return sceneName;
    }

    /** What a live frame shows right now (a copy), for tests that judge frames synchronously. */
    public Optional<Frame> currentFrame() {
        BufferedImage now = scene;
        return now == null || !status().ready() ? Optional.empty() : Optional.of(new Frame(copyOf(now), clock.instant()));
    }

    @Override
    public synchronized void startLiveView() throws DeviceUnavailableException {
        requireReady("live view");
        if (liveView == null) {
            record("live view started");
            liveView = frameThread.scheduleAtFixedRate(this::emitFrame, 0, 1000L / framesPerSecond, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stopLiveView() {
        if (liveView != null) {
            liveView.cancel(false);
            liveView = null;
            record("live view stopped");
        }
    }

    private void emitFrame() {
        BufferedImage now = scene;
        if (now != null && status().ready()) {
            listeners.publish(new Frame(now, clock.instant()));
        }
    }

    @Override
    public Subscription onFrame(Consumer<Frame> listener) {
        return listeners.add(listener);
    }

    @Override
    public Frame capture() throws DeviceUnavailableException {
        requireReady("capture");
        BufferedImage now = scene;
        if (now == null) {
            throw new DeviceUnavailableException(status(), "the simulated camera has no image to show");
        }
        record("captured " + sceneName);
        return new Frame(copyOf(now), clock.instant());
    }

    /** The session owns its photo; a copy keeps the camera's scene from changing under it. */
    private static BufferedImage copyOf(BufferedImage image) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        copy.getGraphics().drawImage(image, 0, 0, null);
        return copy;
    }

    @Override
    public void close() {
        stopLiveView();
        frameThread.shutdownNow();
        super.close();
    }
}
