package jp.madoguchi.kiosk.flow;

import java.time.Instant;

/**
 * The deletion record written when a session's personal data is wiped. It names the session
 * counter, why it ended and when, and whether an application was sent: nothing about the resident.
 */
public record SessionEnd(long session, Reason reason, Instant at, boolean applied) {
    /** The session's outcome as counted for staff and the fleet: applied, guided, abandoned, timed_out. */
    public String outcome() {
        if (applied) {
            return "applied";
        }
        return switch (reason) {
            case FINISHED -> "guided";
            case ABANDONED -> "abandoned";
            case TIMED_OUT -> "timed_out";
        };
    }

    public enum Reason {
        /** The resident pressed Finish on the done screen. */
        FINISHED,
        /** The resident pressed Start over, or walked away from an error. */
        ABANDONED,
        /** Nobody answered the idle warning. */
        TIMED_OUT
    }
}
