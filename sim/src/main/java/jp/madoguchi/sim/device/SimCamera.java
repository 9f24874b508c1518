package jp.madoguchi.sim.device;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import jp.madoguchi.devices.api.Camera;
import jp.madoguchi.devices.api.DeviceKind;
import jp.madoguchi.devices.api.DeviceUnavailableException;
import jp.madoguchi.devices.api.Frame;
import jp.madoguchi.devices.api.Subscription;
import jp.madoguchi.devices.spi.Listeners;
import jp.madoguchi.devices.webcam.WebcamCamera;
import jp.madoguchi.sim.scene.SceneSetup;

/**
 * A camera that films a still image: the face chosen by a test or the panel. It runs through the
 * real webcam-capture path ({@link WebcamCamera} over a {@link SceneWebcamDriver}), so opening,
 * live frames at the configured rate, capture and release are the library's, as with a USB
 * camera; this class adds the simulator's controls (the scene, unplugging) on top.
 */
public final class SimCamera extends SimulatedDevice implements Camera {
    /** The size the simulated driver reports; frames keep the scene's own size. */
    static final int WIDTH = 1280;
    static final int HEIGHT = 720;
    private final Clock clock;
    private final FaceImages faces;
    private final Listeners<Frame> listeners = new Listeners<>();
    private final WebcamCamera webcam;
    private boolean live;
    private volatile BufferedImage scene;
    private volatile String sceneName;

    public SimCamera(FaceImages faces, int framesPerSecond, Clock clock) {
        super(DeviceKind.CAMERA, clock);
        this.clock = clock;
        this.faces = faces;
        SceneWebcamDriver driver = new SceneWebcamDriver(() -> scene, WIDTH, HEIGHT);
        this.webcam = new WebcamCamera(driver, driver.deviceName(), WIDTH, HEIGHT, framesPerSecond, clock);
        webcam.onFrame(frame -> {
            if (status().ready()) {
                listeners.publish(frame);
            }
        });
        show(faces.defaultName());
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

    /** Control: the camera now films a scene set up by hand; false if its source frame is missing. */
    public boolean show(SceneSetup setup) {
        return faces.film(setup).map(image -> {
            show("scene " + setup, image);
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
        if (!live) {
            webcam.startLiveView();
            live = true;
            record("live view started");
        }
    }

    @Override
    public synchronized void stopLiveView() {
        if (live) {
            webcam.stopLiveView();
            live = false;
            record("live view stopped");
        }
    }

    @Override
    public Subscription onFrame(Consumer<Frame> listener) {
        return listeners.add(listener);
    }

    @Override
    public Frame capture() throws DeviceUnavailableException {
        requireReady("capture");
        if (scene == null) {
            throw new DeviceUnavailableException(status(), "the simulated camera has no image to show");
        }
        Frame frame = webcam.capture();
        record("captured " + sceneName);
        return frame;
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
        webcam.close();
        super.close();
    }
}
