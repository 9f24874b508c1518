package jp.madoguchi.rules.routes;

/** The four ways to apply for a My Number Card. */
public enum Route {
    /** Smartphone or PC: needs the 23-digit Application Form ID. */
    A,
    /** Mail with the handwritten form: works without an ID; the failsafe. */
    B,
    /** A supported ID photo booth, which is this kiosk: scans the form's QR code. */
    C,
    /** Counter help: staff issue a new form and guide the local steps. */
    D
}
