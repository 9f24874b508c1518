package jp.madoguchi.kiosk.flow;

import java.time.Instant;

/**
 * The deletion record written when a session's personal data is wiped. It names the session
 * counter, why it ended and when: nothing about the resident.
 */
public record SessionEnd(long session, Reason reason, Instant at) {
    public enum Reason {
        /** The resident pressed Finish on the done screen. */
        FINISHED,
        /** The resident pressed Start over, or walked away from an error. */
        ABANDONED,
        /** Nobody answered the idle warning. */
        TIMED_OUT
    }
}
