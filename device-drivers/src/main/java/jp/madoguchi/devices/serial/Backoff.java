package jp.madoguchi.devices.serial;

import java.time.Duration;

/**
 * Waits between reconnection attempts: short at first (a scanner replugged at once is back
 * quickly), doubling up to a ceiling so an absent scanner costs the kiosk almost nothing.
 */
final class Backoff {
    private final long firstMillis;
    private final long maxMillis;
    private long nextMillis;

    Backoff(Duration first, Duration max) {
        this.firstMillis = first.toMillis();
        this.maxMillis = max.toMillis();
        this.nextMillis = firstMillis;
    }

    /** The wait before the next attempt; each call doubles the one after, up to the ceiling. */
    long nextMillis() {
        long now = nextMillis;
        nextMillis = Math.min(maxMillis, nextMillis * 2);
        return now;
    }

    void reset() {
        nextMillis = firstMillis;
    }
}
