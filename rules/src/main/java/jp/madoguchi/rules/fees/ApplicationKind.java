package jp.madoguchi.rules.fees;

/** What kind of card application the resident's situation calls for; each is a fee case. */
public enum ApplicationKind {
    FIRST_ISSUANCE,
    /** The card reached its own (birthday-based) expiry, or its renewal window is open. */
    RENEWAL_ON_EXPIRY,
    REISSUE_AFTER_LOSS_OR_DAMAGE,
    /** A stay-tied card that was not extended in time: it lapsed and must be made again. */
    REISSUE_AFTER_LAPSE,
    /** The card stays; at most a counter procedure on it (see {@link CounterProcedure}). */
    NONE;

    /** True when a new card is made, so a new issuance notice, pickup and new dates follow. */
    public boolean issuesCard() {
        return this != NONE;
    }

    public boolean isReissue() {
        return this == REISSUE_AFTER_LOSS_OR_DAMAGE || this == REISSUE_AFTER_LAPSE;
    }
}
