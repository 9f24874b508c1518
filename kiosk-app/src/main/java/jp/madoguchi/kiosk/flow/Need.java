package jp.madoguchi.kiosk.flow;

/** What the resident came for, chosen on the second screen. */
public enum Need {
    /** Apply now with the form's QR code: the supported photo booth route (C). */
    APPLY,
    /** The form is lost, never came, or is outdated after a move: the counter reissues it (D). */
    LOST_FORM,
    /** The residence card was renewed: the My Number Card's validity must be extended too. */
    VISA_RENEWED,
    /** The electronic certificates expire or need reissue. */
    CERTIFICATE_RENEWAL,
    /** The issuance notice came: what to bring and decide before pickup. */
    PICKUP_PREPARATION
}
