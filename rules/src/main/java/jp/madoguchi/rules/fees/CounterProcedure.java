package jp.madoguchi.rules.fees;

/** A procedure on a card the resident keeps, done at the municipal counter. */
public enum CounterProcedure {
    /** After Immigration renewed the period of stay: the card does not follow by itself. */
    VALIDITY_EXTENSION,
    /** While a visa renewal is pending: up to 2 months past the period-of-stay end. */
    SPECIAL_EXTENSION,
    /** The certificates' renewal window is open. */
    CERTIFICATE_RENEWAL,
    /** A move or name change voided the signature certificate. */
    SIGNATURE_CERTIFICATE_REISSUE
}
