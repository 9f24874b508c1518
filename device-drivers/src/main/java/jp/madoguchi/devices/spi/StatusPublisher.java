package jp.madoguchi.devices.spi;

import java.time.Clock;
import java.util.function.Consumer;
import jp.madoguchi.devices.api.DeviceCondition;
import jp.madoguchi.devices.api.DeviceKind;
import jp.madoguchi.devices.api.DeviceStatus;
import jp.madoguchi.devices.api.Subscription;

/** Holds a device's current status and tells listeners when the condition changes. */
public final class StatusPublisher {
    private final DeviceKind kind;
    private final Clock clock;
    private final Listeners<DeviceStatus> listeners = new Listeners<>();
    private volatile DeviceStatus current;

    public StatusPublisher(DeviceKind kind, DeviceCondition initial, Clock clock) {
        this.kind = kind;
        this.clock = clock;
        this.current = new DeviceStatus(kind, initial, clock.instant());
    }

    public DeviceStatus current() {
        return current;
    }

    /** Publishes only real changes, so a driver can report its condition on every poll. */
    public void set(DeviceCondition condition) {
        DeviceStatus next;
        synchronized (this) {
            if (current.condition() == condition) {
                return;
            }
            next = new DeviceStatus(kind, condition, clock.instant());
            current = next;
        }
        listeners.publish(next);
    }

    public Subscription subscribe(Consumer<DeviceStatus> listener) {
        return listeners.add(listener);
    }
}
