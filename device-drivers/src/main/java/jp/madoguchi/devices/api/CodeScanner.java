package jp.madoguchi.devices.api;

import java.util.function.Consumer;

/**
 * A 2D code reader. It reports codes only while armed, so a form waved at the kiosk on the
 * wrong screen is not read by surprise.
 */
public interface CodeScanner extends Device {
    @Override
    default DeviceKind kind() {
        return DeviceKind.CODE_SCANNER;
    }

    void arm();

    void disarm();

    boolean armed();

    Subscription onCode(Consumer<ScannedCode> listener);

    /** True when codes are read through the kiosk's camera, so the resident holds the form up to it. */
    default boolean readsThroughCamera() {
        return false;
    }
}
