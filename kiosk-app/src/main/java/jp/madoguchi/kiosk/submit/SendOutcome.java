package jp.madoguchi.kiosk.submit;

import java.time.Instant;
import java.util.UUID;

/** What the sender did with one application (told to the flow, and to staff screens later). */
public sealed interface SendOutcome {
    UUID key();

    /** The receiver acknowledged it with {@code receipt}; the outbox row is gone. */
    record Sent(UUID key, String receipt) implements SendOutcome {
    }

    /** The receiver refused it; it stays in the outbox for staff with {@code reason}. */
    record Held(UUID key, String reason) implements SendOutcome {
    }

    /** Not delivered yet ({@code why}: no personal data); the next try is at {@code next}. */
    record Deferred(UUID key, String why, Instant next) implements SendOutcome {
    }
}
