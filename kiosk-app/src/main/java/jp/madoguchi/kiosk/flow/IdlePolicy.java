package jp.madoguchi.kiosk.flow;

import java.time.Duration;

/**
 * When an unattended session ends. After {@code quietFor} without a tap the kiosk warns (WCAG
 * 2.2.1: at least 20 s, one tap extends, any number of times); after {@code warningFor} more
 * it wipes the session and returns to the attract screen.
 */
public record IdlePolicy(Duration quietFor, Duration warningFor) {
    public static final Duration MIN_WARNING = Duration.ofSeconds(20);

    public IdlePolicy {
        if (warningFor.compareTo(MIN_WARNING) < 0) {
            throw new IllegalArgumentException("the idle warning must last at least 20 s (WCAG 2.2.1), was " + warningFor);
        }
        if (quietFor.isNegative() || quietFor.isZero()) {
            throw new IllegalArgumentException("the idle time must be positive");
        }
    }

    public static IdlePolicy standard() {
        return new IdlePolicy(Duration.ofSeconds(90), Duration.ofSeconds(30));
    }
}
