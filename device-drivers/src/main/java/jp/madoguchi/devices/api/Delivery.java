package jp.madoguchi.devices.api;

import java.time.Duration;

/**
 * What became of one attempt to deliver an {@link Application}. Only the receiving side issues a
 * receipt; everything the kiosk cannot tell apart from "not yet" (a 5xx, a timeout, a dropped
 * connection) is a {@link Retry}, and the same application is sent again under the same key.
 */
public sealed interface Delivery {
    /**
     * The receiver holds the application.
     *
     * @param receipt the receiver's reference (no personal data in it)
     * @param first   false when the receiver had already stored it under this key (an answer lost before)
     */
    record Receipt(String receipt, boolean first) implements Delivery {
    }

    /**
     * The receiver will not take this application (unknown or void form ID, photo refused, form ID
     * already used under another key). Sending it again would not help: staff must look at it.
     *
     * @param reason the receiver's reason code, e.g. {@code unknown_form_id}, {@code form_id_used}
     */
    record Refused(String reason) implements Delivery {
    }

    /**
     * Not delivered yet: try again, not before {@code after}.
     *
     * @param why a plain reason for staff and logs, no personal data ("503", "timeout", "connection refused")
     */
    record Retry(Duration after, String why) implements Delivery {
    }
}
