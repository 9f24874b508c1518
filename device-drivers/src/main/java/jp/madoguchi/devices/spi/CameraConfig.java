package jp.madoguchi.devices.spi;

import java.nio.file.Path;
import java.util.Optional;

/**
 * @param provider        "sim" by default; a real camera provider id otherwise
 * @param deviceName      the camera to open (a name or index as the provider lists them)
 * @param imageFolder     for simulated cameras: the folder of face images to serve
 * @param width           requested frame width in pixels
 * @param height          requested frame height in pixels
 * @param framesPerSecond live view rate
 */
public record CameraConfig(String provider, String deviceName, Optional<Path> imageFolder,
                           int width, int height, int framesPerSecond) {
    public static CameraConfig from(Settings s) {
        return new CameraConfig(
            s.get("camera.provider", "sim"),
            s.get("camera.device", "0"),
            s.findPath("camera.images"),
            s.getInt("camera.width", 1280, 320, 7680),
            s.getInt("camera.height", 720, 240, 4320),
            s.getInt("camera.fps", 25, 1, 60)); // issue 4: the live preview runs at 25 fps or more
    }
}
