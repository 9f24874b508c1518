package jp.madoguchi.devices.spi;

import java.time.Clock;
import java.util.function.Consumer;
import jp.madoguchi.devices.api.Device;
import jp.madoguchi.devices.api.DeviceCondition;
import jp.madoguchi.devices.api.DeviceKind;
import jp.madoguchi.devices.api.DeviceStatus;
import jp.madoguchi.devices.api.Subscription;

/**
 * The status half every driver shares: its current condition, and listeners told of each real
 * change. Drivers extend it and call {@link #report} when they learn their condition.
 */
public abstract class ReportingDevice implements Device {
    private final StatusPublisher status;

    protected ReportingDevice(DeviceKind kind, DeviceCondition initial, Clock clock) {
        this.status = new StatusPublisher(kind, initial, clock);
    }

    @Override
    public DeviceKind kind() {
        return status.current().kind();
    }

    @Override
    public final DeviceStatus status() {
        return status.current();
    }

    @Override
    public final Subscription onStatus(Consumer<DeviceStatus> listener) {
        return status.subscribe(listener);
    }

    /** Publishes {@code condition} if it differs from the current one. */
    protected final void report(DeviceCondition condition) {
        status.set(condition);
    }
}
