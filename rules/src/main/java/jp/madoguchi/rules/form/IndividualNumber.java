package jp.madoguchi.rules.form;

/**
 * Recognises the 12-digit Individual Number (My Number) so the kiosk can refuse it. There is
 * deliberately no type holding one: the kiosk never keeps, stores or logs it.
 *
 * <p>Check digit per MIC ordinance No. 85, article 5: with P1..P11 counted from the lowest
 * digit, Q = n+1 for n &lt;= 6 and n-5 for n = 7..11; r = sum(Pn*Qn) mod 11; check digit is
 * 0 when r &lt;= 1, else 11 - r.
 */
public final class IndividualNumber {
    private IndividualNumber() {
    }

    /** True when {@code digits} is 12 ASCII digits whose last digit is the correct check digit. */
    public static boolean looksLikeOne(CharSequence digits) {
        if (digits.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return checkDigit(digits) == digits.charAt(11) - '0';
    }

    /** The check digit for the first 11 digits of {@code digits}. */
    static int checkDigit(CharSequence digits) {
        int sum = 0;
        for (int n = 1; n <= 11; n++) {
            int p = digits.charAt(11 - n) - '0';
            int q = n <= 6 ? n + 1 : n - 5;
            sum += p * q;
        }
        int r = sum % 11;
        return r <= 1 ? 0 : 11 - r;
    }
}
