package jp.madoguchi.devices.api;

import java.time.Instant;
import java.util.Objects;

/** A device's condition at a moment; published on every change. Holds no personal data. */
public record DeviceStatus(DeviceKind kind, DeviceCondition condition, Instant since) {
    public DeviceStatus {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(since, "since");
    }

    public boolean ready() {
        return condition.ready();
    }
}
