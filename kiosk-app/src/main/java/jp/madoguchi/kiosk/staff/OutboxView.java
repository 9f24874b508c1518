package jp.madoguchi.kiosk.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What staff (and the fleet metrics) see of the outbox of unsent applications: how many wait, how
 * long the oldest has waited, the ones the receiving side refused (with the reason and the form
 * ID's last four digits only), and a "retry now". The outbox itself is issue 10's (kiosk.submit);
 * the composition root connects it here. Until then {@link #NONE} says there is none.
 */
public interface OutboxView {
    /** An application the receiving side refused; nothing personal beyond the last four digits. */
    record RefusedItem(String reason, String formLastFour, Instant since) {
        public RefusedItem {
            if (!formLastFour.matches("[0-9]{4}")) {
                throw new IllegalArgumentException("only the last four digits of a form ID may be shown");
            }
        }
    }

    /** @param oldestPending how long the oldest unsent application has waited; empty when none waits */
    record Summary(int pending, Optional<Duration> oldestPending, List<RefusedItem> refused) {
        public Summary {
            refused = List.copyOf(refused);
        }
    }

    /** Whether a real outbox stands behind this view (the staff screen says so when not). */
    default boolean connected() {
        return true;
    }

    Summary summary();

    /** Try to send every pending application now, instead of at the next back-off step. */
    void retryNow();

    OutboxView NONE = new OutboxView() {
        @Override
        public boolean connected() {
            return false;
        }

        @Override
        public Summary summary() {
            return new Summary(0, Optional.empty(), List.of());
        }

        @Override
        public void retryNow() {
        }
    };
}
