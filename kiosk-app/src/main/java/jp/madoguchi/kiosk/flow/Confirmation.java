package jp.madoguchi.kiosk.flow;

/**
 * What the kiosk may tell the resident about their application once it is stored: sent, with the
 * receiver's receipt; or saved in this kiosk, to be sent automatically; or refused by the receiver
 * on the spot (staff must help). Never "sent" without a receipt from the receiver.
 */
public sealed interface Confirmation {
    record Sent(String receipt) implements Confirmation {
    }

    record Saved() implements Confirmation {
    }

    record Refused(String reason) implements Confirmation {
    }

    /** Sent or saved: the resident has nothing more to do. */
    default boolean confirmed() {
        return !(this instanceof Refused);
    }
}
