package jp.madoguchi.kiosk.submit;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What staff (and `./kiosk outbox status`) may see of the outbox: counts, ages, and for each
 * application held back the form ID's last four digits and why. No personal data beyond that.
 *
 * @param pending          applications waiting to be delivered
 * @param refused          applications the receiver refused (409/422): staff must look at them
 * @param unreadable       rows no configured key opens (or damaged): staff must look at them
 * @param oldestPendingAge how long the oldest pending application has waited
 * @param held             the refused and unreadable applications, oldest first
 * @param movedAside       damaged outbox files moved aside (file names in the outbox folder)
 * @param problem          why the outbox cannot store at all right now (folder unwritable, key unusable)
 */
public record OutboxStatus(int pending, int refused, int unreadable, Optional<Duration> oldestPendingAge,
                           List<Held> held, List<Path> movedAside, Optional<String> problem) {
    /** One application held back for staff. */
    public record Held(UUID key, String formIdTail, State state, String reason, Instant since, int attempts) {
    }

    public enum State {
        PENDING, REFUSED, UNREADABLE
    }

    public int total() {
        return pending + refused + unreadable;
    }
}
