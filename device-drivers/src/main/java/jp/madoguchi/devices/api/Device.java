package jp.madoguchi.devices.api;

import java.util.function.Consumer;

/**
 * What every device shares: a kind, a status that changes (unplugged, paper out, ...) and a
 * deterministic release. Status listeners may be called on any thread.
 */
public interface Device extends AutoCloseable {
    DeviceKind kind();

    /** Which provider drives it and how it is reached (e.g. "sim", "cups:kiosk-a4"); shown to staff. */
    String description();

    DeviceStatus status();

    Subscription onStatus(Consumer<DeviceStatus> listener);

    /** Releases the hardware; the device is unusable afterwards. Never throws. */
    @Override
    void close();
}
