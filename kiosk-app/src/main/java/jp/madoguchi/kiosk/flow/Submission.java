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
 */
public record Submission(ApplicationStore store, String kioskId, Duration confirmWait) {
}
