package jp.madoguchi.devices.webcam;

import com.github.sarxos.webcam.Webcam;
import com.github.sarxos.webcam.WebcamDevice;
import com.github.sarxos.webcam.WebcamDriver;
import com.github.sarxos.webcam.WebcamException;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import jp.madoguchi.devices.api.Camera;
import jp.madoguchi.devices.api.DeviceCondition;
import jp.madoguchi.devices.api.DeviceKind;
import jp.madoguchi.devices.api.DeviceUnavailableException;
import jp.madoguchi.devices.api.Frame;
import jp.madoguchi.devices.api.Subscription;
import jp.madoguchi.devices.spi.Listeners;
import jp.madoguchi.devices.spi.ReportingDevice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A camera through the webcam-capture API with an injected {@link WebcamDriver}: the real USB
 * driver in the kiosk, the simulator's image driver in tests, the same code path for both. The
 * device is opened for the live view or a capture and closed again when neither needs it, and on
 * every failure and on {@link #close()}, so the camera is never left held.
 */
public final class WebcamCamera extends ReportingDevice implements Camera {
    private static final Logger LOG = LoggerFactory.getLogger(WebcamCamera.class);
    private final WebcamDriver driver;
    private final String deviceName;
    private final Dimension size;
    private final int framesPerSecond;
    private final Clock clock;
    private final Listeners<Frame> listeners = new Listeners<>();
    private final ScheduledExecutorService frameThread;
    private Webcam webcam;
    private ScheduledFuture<?> liveView;

    public WebcamCamera(WebcamDriver driver, String deviceName, int width, int height, int framesPerSecond, Clock clock) {
        super(DeviceKind.CAMERA, DeviceCondition.OFFLINE, clock);
        this.driver = driver;
        this.deviceName = deviceName;
        this.size = new Dimension(width, height);
        this.framesPerSecond = framesPerSecond;
        this.clock = clock;
        if (find() != null) {
            report(DeviceCondition.READY);
        }
        this.frameThread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "webcam-frames");
            t.setDaemon(true);
            return t;
        });
    }

    /** The device named in the configuration: by its name, or by its index in the driver's list. */
    private WebcamDevice find() {
        try {
            List<WebcamDevice> devices = driver.getDevices();
            for (WebcamDevice d : devices) {
                if (d.getName().equals(deviceName)) {
                    return d;
                }
            }
            int index = Integer.parseInt(deviceName);
            return index >= 0 && index < devices.size() ? devices.get(index) : null;
        } catch (NumberFormatException | WebcamException e) {
            return null;
        }
    }

    @Override
    public String description() {
        return "webcam:" + deviceName;
    }

    @Override
    public Subscription onFrame(Consumer<Frame> listener) {
        return listeners.add(listener);
    }

    private synchronized Webcam opened() throws DeviceUnavailableException {
        if (webcam != null && webcam.isOpen()) {
            return webcam;
        }
        WebcamDevice device = find();
        if (device == null) {
            throw unavailable(DeviceCondition.OFFLINE, "no camera " + deviceName);
        }
        try {
            Webcam cam = new InjectedWebcam(device);
            // webcam-capture's cross-process lock writes a new temp file registered with deleteOnExit
            // on every open, close and 2 s tick: the JVM keeps each path until exit (the 10,000-resident
            // soak grew by them). The kiosk is the camera's only user, and V4L2 refuses a second opener.
            cam.getLock().disable();
            cam.setCustomViewSizes(size);
            cam.setViewSize(size);
            if (!cam.open()) {
                throw unavailable(DeviceCondition.FAILED, "camera " + deviceName + " did not open");
            }
            webcam = cam;
            report(DeviceCondition.READY);
            return cam;
        } catch (WebcamException | IllegalArgumentException e) {
            throw unavailable(DeviceCondition.FAILED, "camera " + deviceName + ": " + e.getMessage());
        }
    }

    private DeviceUnavailableException unavailable(DeviceCondition condition, String message) {
        release();
        report(condition);
        return new DeviceUnavailableException(status(), message);
    }

    @Override
    public synchronized void startLiveView() throws DeviceUnavailableException {
        opened();
        if (liveView == null) {
            liveView = frameThread.scheduleAtFixedRate(this::emitFrame, 0, 1000L / framesPerSecond, TimeUnit.MILLISECONDS);
        }
    }

    private void emitFrame() {
        Webcam cam;
        synchronized (this) {
            cam = webcam;
        }
        BufferedImage image = cam == null ? null : cam.getImage();
        if (image == null) {
            synchronized (this) {
                if (liveView == null) {
                    return; // stopped while this frame was being read
                }
            }
            LOG.warn("camera {} gave no frame; marking it offline", deviceName);
            stopLiveView();
            report(DeviceCondition.OFFLINE);
            return;
        }
        listeners.publish(new Frame(image, clock.instant()));
    }

    @Override
    public synchronized void stopLiveView() {
        if (liveView != null) {
            liveView.cancel(false);
            liveView = null;
        }
        release();
    }

    @Override
    public synchronized Frame capture() throws DeviceUnavailableException {
        BufferedImage image;
        try {
            image = opened().getImage();
        } finally {
            if (liveView == null) {
                release();
            }
        }
        if (image == null) {
            throw unavailable(DeviceCondition.FAILED, "camera " + deviceName + " gave no image");
        }
        return new Frame(image, clock.instant());
    }

    /** Closes the device (idempotent): the USB camera's light goes off and other programs can use it. */
    private synchronized void release() {
        if (webcam != null) {
            try {
                webcam.close();
            } catch (WebcamException e) {
                LOG.warn("closing camera {} failed: {}", deviceName, e.getMessage());
            }
            webcam = null;
        }
    }

    @Override
    public void close() {
        stopLiveView();
        frameThread.shutdownNow();
    }
}
