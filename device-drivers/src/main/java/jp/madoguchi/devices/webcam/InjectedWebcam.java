package jp.madoguchi.devices.webcam;

import com.github.sarxos.webcam.Webcam;
import com.github.sarxos.webcam.WebcamDevice;

/**
 * A {@link Webcam} over a device from a driver we hold, instead of the library's static global
 * driver ({@code Webcam.setDriver}), so two cameras with different drivers (a real one and the
 * simulator's) can live in one process. The constructor is protected in the library for this.
 */
final class InjectedWebcam extends Webcam {
    static {
        // The library's open/close/get-image tasks read the static driver field only to ask whether
        // calls must be serialised. Left unset it is null and they fail; getDriver() fills it with
        // the built-in driver (not thread-safe, so every device's calls go through the library's one
        // processor thread: safe for any driver). Our devices still come from the injected driver.
        Webcam.getDriver();
    }

    InjectedWebcam(WebcamDevice device) {
        super(device);
    }
}
