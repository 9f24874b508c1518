package jp.madoguchi.kiosk.flow;

import java.time.Duration;

/**
 * When an unattended session ends. After {@code quietFor} without a tap the kiosk warns (WCAG
 * 2.2.1: at least 20 s, one tap extends, any number of times); after {@code warningFor} more
 * it wipes the session and returns to the attract screen. Staff mode has its own quiet time
 * ({@code staffQuietFor}: staff walk away from a kiosk too), and a resident waiting for staff
 * waits {@code callWaitFor} before the warning: they are not idle, they are waiting.
 */
public record IdlePolicy(Duration quietFor, Duration warningFor, Duration staffQuietFor, Duration callWaitFor) {
    public static final Duration MIN_WARNING = Duration.ofSeconds(20);
    public static final Duration STAFF_QUIET = Duration.ofSeconds(120);
    public static final Duration CALL_WAIT = Duration.ofMinutes(10);

    public IdlePolicy(Duration quietFor, Duration warningFor) {
        this(quietFor, warningFor, STAFF_QUIET, CALL_WAIT);
    }

    public IdlePolicy {
        if (staffQuietFor.isNegative() || staffQuietFor.isZero() || callWaitFor.isNegative() || callWaitFor.isZero()) {
            throw new IllegalArgumentException("the staff idle time and the call wait must be positive");
        }
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

    /** How long {@code state} may go without a tap before the warning shows. */
    public Duration quietFor(KioskState state) {
        return switch (state) {
            case STAFF -> staffQuietFor;
            case STAFF_CALLED -> callWaitFor;
            default -> quietFor;
        };
    }
}
