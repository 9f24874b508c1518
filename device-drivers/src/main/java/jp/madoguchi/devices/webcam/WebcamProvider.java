package jp.madoguchi.devices.webcam;

import com.github.sarxos.webcam.ds.buildin.WebcamDefaultDriver;
import java.time.Clock;
import jp.madoguchi.devices.api.Camera;
import jp.madoguchi.devices.spi.CameraConfig;
import jp.madoguchi.devices.spi.CameraProvider;

/**
 * {@code camera.provider=webcam}: a USB camera through webcam-capture's built-in driver (V4L2
 * through Debian's libv4l-0 on Linux). {@code camera.device} is the camera's name or its index.
 */
public final class WebcamProvider implements CameraProvider {
    @Override
    public String id() {
        return "webcam";
    }

    @Override
    public Camera open(CameraConfig config) {
        return new WebcamCamera(new WebcamDefaultDriver(), config.deviceName(), config.width(), config.height(),
            config.framesPerSecond(), Clock.systemUTC());
    }
}
