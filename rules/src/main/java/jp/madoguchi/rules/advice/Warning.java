package jp.madoguchi.rules.advice;

/**
 * What the resident should know before acting. Stable codes: the kiosk translates them; the
 * verdict lists them in this declaration order.
 */
public enum Warning {
    RENEW_RESIDENCE_CARD_FIRST,
    VALIDITY_TIED_TO_PERIOD_OF_STAY,
    EXTEND_CARD_AFTER_VISA_RENEWAL,
    SPECIAL_EXTENSION_AVAILABLE,
    ONLINE_IMMIGRATION_LIMIT_IN_SPECIAL_PERIOD,
    RENEWAL_WINDOW_OPEN,
    SIGNATURE_CERTIFICATE_NEEDS_REISSUE,
    FORM_OUTDATED_AFTER_MOVE,
    NO_FORM_ASK_COUNTER,
    INTEGRATED_CARD_OPTION,
    NOTICE_IS_NON_FORWARDING,
    /** A stay-tied card was not extended before it ended: it must be made again, for a fee. */
    CARD_LAPSED_WITH_PERIOD_OF_STAY,
    /** Under 15 at issue: the new card carries no signature certificate. */
    NO_SIGNATURE_CERTIFICATE_UNDER_15
}
