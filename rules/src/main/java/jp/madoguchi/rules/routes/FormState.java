package jp.madoguchi.rules.routes;

/** What the resident has to apply with, read from the situation's form answers. */
public enum FormState {
    /** A form whose 23-digit ID is known (J-LIS: knowing the ID is enough to apply online). */
    VALID_ID,
    NO_FORM,
    /** A form without a usable ID, such as the downloaded handwritten form. */
    NO_ID,
    /** The form predates a move: its ID belongs to the old record. */
    OUTDATED,
    UNKNOWN;

    /** Reads the three optional answers; null means the resident was not asked. */
    public static FormState of(Boolean hasForm, Boolean formIdKnown, Boolean movedSinceForm) {
        if (Boolean.FALSE.equals(hasForm) && !Boolean.TRUE.equals(formIdKnown)) {
            return NO_FORM;
        }
        if (Boolean.TRUE.equals(movedSinceForm)) {
            return OUTDATED;
        }
        if (Boolean.TRUE.equals(formIdKnown)) {
            return VALID_ID;
        }
        return Boolean.FALSE.equals(formIdKnown) ? NO_ID : UNKNOWN;
    }
}
