package jp.madoguchi.rules.form;

import java.util.Objects;

/**
 * The 23-digit Application Form ID (申請書ID) printed beside the QR code on the My Number Card
 * application form. It is personal data: {@link #toString()} masks it so that it never reaches
 * a log by accident; use {@link #digits()} or {@link #grouped()} where it must be shown.
 */
public final class ApplicationFormId {
    public static final int LENGTH = 23;

    private final String digits;

    private ApplicationFormId(String digits) {
        this.digits = digits;
    }

    /** Only the parser creates IDs, so an instance always holds exactly 23 ASCII digits. */
    static ApplicationFormId ofDigits(String digits) {
        if (digits.length() != LENGTH || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("an Application Form ID is exactly 23 digits");
        }
        return new ApplicationFormId(digits);
    }

    public String digits() {
        return digits;
    }

    /** Groups of four from the left, as residents read them aloud: "1234 5678 9012 3456 7890 123". */
    public String grouped() {
        StringBuilder out = new StringBuilder(LENGTH + 5);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                out.append(' ');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /** The last four digits only: enough for staff to tell two forms apart, useless to anyone else. */
    public String masked() {
        return "*".repeat(LENGTH - 4) + digits.substring(LENGTH - 4);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApplicationFormId id && id.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(digits);
    }

    @Override
    public String toString() {
        return "ApplicationFormId[" + masked() + "]";
    }
}
