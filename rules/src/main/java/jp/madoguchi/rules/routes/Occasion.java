package jp.madoguchi.rules.routes;

import java.util.Locale;

/** A visit the resident makes, each with its own checklist in {@code checklists.json}. */
public enum Occasion {
    COUNTER_APPLICATION,
    MAIL_APPLICATION,
    CARD_REISSUE,
    VALIDITY_EXTENSION,
    SPECIAL_EXTENSION,
    CERTIFICATE_RENEWAL,
    PICKUP;

    /** The field name in the data file, e.g. {@code counter_application}. */
    public String field() {
        return name().toLowerCase(Locale.ROOT);
    }
}
