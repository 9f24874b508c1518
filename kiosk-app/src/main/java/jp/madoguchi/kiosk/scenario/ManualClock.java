package jp.madoguchi.kiosk.scenario;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The scenario's clock: it moves only when the scenario says so, so every run sees the same times
 * (tests use it too, so that "the resident walked away" takes no real time).
 */
public final class ManualClock extends Clock {
    /** Where every scenario's clock starts: a Tuesday morning in Tokyo (01:00 UTC). */
    public static final Instant START = Instant.parse("2026-11-24T01:00:00Z");
    private Instant now;

    public ManualClock() {
        this(START);
    }

    public ManualClock(Instant start) {
        this.now = start;
    }

    public synchronized void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
