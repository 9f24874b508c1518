package jp.madoguchi.rules.pin;

import jp.madoguchi.rules.data.DataNode;
import jp.madoguchi.rules.data.Figure;

/**
 * The PIN rules the resident meets at pickup, for the kiosk to explain so they can decide their
 * PINs in advance. Deliberately explanation only: there is no method that takes or checks a PIN,
 * because the kiosk must never ask for one.
 */
public record PinRules(
    Figure<Integer> userIdentificationPinDigits,
    Figure<Integer> signaturePinMinLength,
    Figure<Integer> signaturePinMaxLength,
    Figure<String> signaturePinCharacters,
    Figure<Integer> userIdentificationLockoutTries,
    Figure<Integer> signatureLockoutTries) {

    /** The only character set the signature PIN allows today; kept as data so the kiosk can show it. */
    public static final String UPPERCASE_LETTERS_AND_DIGITS = "UPPERCASE_LETTERS_AND_DIGITS";

    public static PinRules read(DataNode root) {
        root.allowOnly("user_identification_pin_digits", "signature_pin_min_length", "signature_pin_max_length",
            "signature_pin_characters", "user_identification_lockout_tries", "signature_lockout_tries");
        PinRules rules = new PinRules(
            root.figure("user_identification_pin_digits", (n, f) -> n.wholeNumber(f, 1, 16)),
            root.figure("signature_pin_min_length", (n, f) -> n.wholeNumber(f, 1, 64)),
            root.figure("signature_pin_max_length", (n, f) -> n.wholeNumber(f, 1, 64)),
            root.figure("signature_pin_characters", PinRules::characters),
            root.figure("user_identification_lockout_tries", (n, f) -> n.wholeNumber(f, 1, 20)),
            root.figure("signature_lockout_tries", (n, f) -> n.wholeNumber(f, 1, 20)));
        if (rules.signaturePinMinLength.value() > rules.signaturePinMaxLength.value()) {
            throw root.fail("signature_pin_min_length.value", "must not exceed signature_pin_max_length");
        }
        return rules;
    }

    private static String characters(DataNode node, String field) {
        String text = node.text(field);
        if (!text.equals(UPPERCASE_LETTERS_AND_DIGITS)) {
            throw node.fail(field, "must be " + UPPERCASE_LETTERS_AND_DIGITS + ", got '" + text + "'");
        }
        return text;
    }
}
