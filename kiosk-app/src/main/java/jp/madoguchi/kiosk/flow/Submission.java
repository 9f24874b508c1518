package jp.madoguchi.kiosk.flow;

import java.time.Duration;
import jp.madoguchi.kiosk.submit.ApplicationStore;

/**
 * How the flow hands an application over at Submit.
 *
 * @param store       stores it durably before the resident is told anything (the outbox)
 * @param kioskId     this kiosk's name in the application (kiosk.id)
 * @param confirmWait how long the "sending" screen waits for the receiver's receipt before it says
 *                    "saved, sent automatically" instead: the resident never waits on a slow receiver
 * @param keys        each new application's idempotency key: random on a kiosk; drawn from a seed in a
 *                    scenario, so its receipts (and so its storyboard) are the same on every run
 */
public record Submission(ApplicationStore store, String kioskId, Duration confirmWait, java.util.function.Supplier<java.util.UUID> keys) {
    public Submission(ApplicationStore store, String kioskId, Duration confirmWait) {
        this(store, kioskId, confirmWait, java.util.UUID::randomUUID);
    }
}
