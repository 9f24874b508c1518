package jp.madoguchi.devices.api;

/**
 * A remote service understood the request and said no: not a fault of the device or the line,
 * so the flow does not treat it as one. The reason is a code (e.g. {@code form_id_voided},
 * {@code resident_not_found}) that screens translate; it never carries personal data.
 */
public class RequestRefusedException extends Exception {
    private static final long serialVersionUID = 1L;
    /** The gateway's refusal of an application whose form ID was replaced by a newer form. */
    public static final String FORM_ID_VOIDED = "form_id_voided";
    /** The register knows no resident under that code. */
    public static final String RESIDENT_NOT_FOUND = "resident_not_found";

    private final String reason;

    public RequestRefusedException(String reason) {
        super("refused: " + reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
