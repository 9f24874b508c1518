package jp.madoguchi.sim.device;

import com.github.sarxos.webcam.WebcamDevice;
import com.github.sarxos.webcam.WebcamDriver;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A webcam-capture driver whose one device films a still scene (the face the simulator shows),
 * so the simulated camera runs through the same Webcam API as a USB camera. Each device name is
 * unique to the process: webcam-capture locks a camera by name across processes, and other
 * kiosks' tests may run at the same time.
 */
final class SceneWebcamDriver implements WebcamDriver {
    private static final AtomicInteger COUNT = new AtomicInteger();
    private final SceneDevice device;

    SceneWebcamDriver(Supplier<BufferedImage> scene, int width, int height) {
        this.device = new SceneDevice("madoguchi-sim-" + ProcessHandle.current().pid() + "-" + COUNT.incrementAndGet(),
            scene, new Dimension(width, height));
    }

    String deviceName() {
        return device.getName();
    }

    @Override
    public List<WebcamDevice> getDevices() {
        return List.of(device);
    }

    @Override
    public boolean isThreadSafe() {
        return true;
    }

    private static final class SceneDevice implements WebcamDevice {
        private final String name;
        private final Supplier<BufferedImage> scene;
        private Dimension resolution;
        private volatile boolean open;

        SceneDevice(String name, Supplier<BufferedImage> scene, Dimension resolution) {
            this.name = name;
            this.scene = scene;
            this.resolution = resolution;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public Dimension[] getResolutions() {
            return new Dimension[] {resolution};
        }

        @Override
        public Dimension getResolution() {
            return resolution;
        }

        @Override
        public void setResolution(Dimension size) {
            resolution = size;
        }

        /** The scene as it is (a copy): the simulator's photos keep their own size and framing. */
        @Override
        public BufferedImage getImage() {
            BufferedImage now = scene.get();
            if (!open || now == null) {
                return null;
            }
            BufferedImage copy = new BufferedImage(now.getWidth(), now.getHeight(), BufferedImage.TYPE_INT_RGB);
            copy.getGraphics().drawImage(now, 0, 0, null);
            return copy;
        }

        @Override
        public void open() {
            open = true;
        }

        @Override
        public void close() {
            open = false;
        }

        @Override
        public void dispose() {
            open = false;
        }

        @Override
        public boolean isOpen() {
            return open;
        }
    }
}
