package jp.madoguchi.rules.advice;

/**
 * A situation the kiosk cannot read: malformed JSON, an unknown field or value, a wrong type or an
 * impossible date. The message names the field so the caller (or the resident's staff helper)
 * can fix it; {@code ./kiosk advise} exits with status 2 on it.
 */
public final class SituationException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String field;

    public SituationException(String field, String problem) {
        super(field == null ? problem : "field '" + field + "': " + problem);
        this.field = field;
    }

    /** The dotted field name (e.g. {@code card.expires}), or null when no field can be blamed. */
    public String field() {
        return field;
    }
}
