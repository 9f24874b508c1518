package jp.madoguchi.rules.form;

/**
 * Why a scanned or typed payload is not an Application Form ID. Each code has a translated
 * message in the kiosk ("form.refusal.&lt;code&gt;").
 */
public enum FormIdRefusal {
    EMPTY("empty"),
    TOO_SHORT("too_short"),
    TOO_LONG("too_long"),
    NOT_DIGITS("not_digits"),
    NO_ID_IN_URL("no_id_in_url"),
    /** A 12-digit number with a valid Individual Number check digit: refused, never kept. */
    INDIVIDUAL_NUMBER("individual_number"),
    PAYLOAD_TOO_LARGE("payload_too_large");

    private final String code;

    FormIdRefusal(String code) {
        this.code = code;
    }

    /** The stable reason code used in JSON output, logs and message keys. */
    public String code() {
        return code;
    }
}
