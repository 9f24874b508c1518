package jp.madoguchi.devices.webcam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.sarxos.webcam.WebcamDevice;
import com.github.sarxos.webcam.WebcamDriver;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import jp.madoguchi.devices.api.DeviceCondition;
import jp.madoguchi.devices.api.DeviceUnavailableException;
import jp.madoguchi.devices.api.Frame;
import org.junit.jupiter.api.Test;

/** The webcam path with a counting test driver: opened only when needed, released on every exit. */
class WebcamCameraTest {
    static final class CountingDevice implements WebcamDevice {
        final String name = "test-cam-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        final AtomicInteger opens = new AtomicInteger();
        final AtomicInteger closes = new AtomicInteger();
        volatile boolean open;
        volatile boolean broken;

        @Override public String getName() { return name; }
        @Override public Dimension[] getResolutions() { return new Dimension[] {new Dimension(640, 480)}; }
        @Override public Dimension getResolution() { return new Dimension(640, 480); }
        @Override public void setResolution(Dimension size) { }
        @Override public BufferedImage getImage() {
            return open && !broken ? new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB) : null;
        }
        @Override public void open() { opens.incrementAndGet(); open = true; }
        @Override public void close() { closes.incrementAndGet(); open = false; }
        @Override public void dispose() { open = false; }
        @Override public boolean isOpen() { return open; }
    }

    static WebcamDriver driverOf(List<WebcamDevice> devices) {
        return new WebcamDriver() {
            @Override public List<WebcamDevice> getDevices() { return devices; }
            @Override public boolean isThreadSafe() { return true; }
        };
    }

    @Test
    void aCaptureOpensAndReleasesTheCamera() throws Exception {
        CountingDevice device = new CountingDevice();
        try (WebcamCamera camera = new WebcamCamera(driverOf(List.of(device)), "0", 640, 480, 15, Clock.systemUTC())) {
            assertThat(camera.status().ready()).isTrue();
            Frame frame = camera.capture();
            assertThat(frame.image().getWidth()).isEqualTo(640);
            assertThat(device.isOpen()).as("released after a capture without live view").isFalse();
            assertThat(device.opens.get()).isEqualTo(1);
        }
    }

    @Test
    void theLiveViewDeliversFramesAndStoppingReleasesTheCamera() throws Exception {
        CountingDevice device = new CountingDevice();
        List<Frame> frames = new CopyOnWriteArrayList<>();
        WebcamCamera camera = new WebcamCamera(driverOf(List.of(device)), device.getName(), 640, 480, 30, Clock.systemUTC());
        camera.onFrame(frames::add);
        camera.startLiveView();
        long until = System.nanoTime() + 3_000_000_000L;
        while (frames.size() < 3 && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(frames).hasSizeGreaterThanOrEqualTo(3);
        camera.capture(); // a still during the live view keeps the camera open
        assertThat(device.isOpen()).isTrue();
        camera.stopLiveView();
        assertThat(device.isOpen()).isFalse();
        camera.startLiveView();
        camera.close();
        assertThat(device.isOpen()).as("closing the kiosk releases the camera").isFalse();
    }

    @Test
    void aMissingCameraIsOfflineAndABrokenOneFails() {
        WebcamCamera none = new WebcamCamera(driverOf(List.of()), "0", 640, 480, 15, Clock.systemUTC());
        assertThat(none.status().condition()).isEqualTo(DeviceCondition.OFFLINE);
        assertThatThrownBy(none::capture).isInstanceOf(DeviceUnavailableException.class);
        none.close();

        CountingDevice device = new CountingDevice();
        device.broken = true;
        try (WebcamCamera camera = new WebcamCamera(driverOf(List.of(device)), "0", 640, 480, 15, Clock.systemUTC())) {
            assertThatThrownBy(camera::capture).isInstanceOf(DeviceUnavailableException.class);
            assertThat(camera.status().condition()).isEqualTo(DeviceCondition.FAILED);
            assertThat(device.isOpen()).as("released after the failure").isFalse();
        }
    }

    @Test
    void theWebcamProviderIsFoundByItsId() {
        assertThat(java.util.ServiceLoader.load(jp.madoguchi.devices.spi.CameraProvider.class).stream()
            .map(p -> p.get().id())).contains("webcam");
    }
}
