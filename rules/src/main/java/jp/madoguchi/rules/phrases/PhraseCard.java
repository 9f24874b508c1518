package jp.madoguchi.rules.phrases;

/** A card with one sentence the resident shows at the counter. Stable codes. */
public enum PhraseCard {
    APPLY,
    LOST_FORM_REISSUE,
    COUNTER_HELP,
    EXTEND_AFTER_RENEWAL,
    SPECIAL_EXTENSION,
    RENEW_CERTIFICATES
}
