package jp.madoguchi.kiosk.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock plus an offset the simulator's panel can move forward ("two minutes later"),
 * so a developer sees the idle timeout without waiting for it. Only `./kiosk sim` runs on it; a
 * real kiosk runs on the system clock, which nobody can move.
 */
public final class OffsetClock extends Clock {
    private final Clock system;
    /** Shared with every {@link #withZone} copy, so they all move together. */
    private final AtomicReference<Duration> offset;

    public OffsetClock(Clock system) {
        this(system, new AtomicReference<>(Duration.ZERO));
    }

    private OffsetClock(Clock system, AtomicReference<Duration> offset) {
        this.system = system;
        this.offset = offset;
    }

    /** Moves the clock on by {@code by} (never back: timers and receipts assume time goes forward). */
    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward");
        }
        offset.accumulateAndGet(by, Duration::plus);
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new OffsetClock(system.withZone(zone), offset);
    }
}
