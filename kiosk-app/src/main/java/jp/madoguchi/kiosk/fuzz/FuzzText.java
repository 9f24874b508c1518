package jp.madoguchi.kiosk.fuzz;

import java.util.Random;

/** Payload material for the fuzzers: valid forms in every accepted shape, Individual Numbers, junk. */
final class FuzzText {
    private static final String ALPHABET = "0123456789012345678901234567890123456789 -/:?=&#.%abcXYZ"
        + "\uFF10\uFF11\uFF15\uFF19\u30FC\uFF0D\u2212\u3000\u00A0\u0660\u0669\u096F\u0000\u0001\u0003\r\n\t\u00E9\u65E5\uD83D\uDE00\uFFFD";

    private FuzzText() {
    }

    static String digits(Random r, int n) {
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            out.append((char) ('0' + r.nextInt(10)));
        }
        return out.toString();
    }

    static String validForm(Random r) {
        String d = digits(r, 23);
        return switch (r.nextInt(6)) {
            case 0 -> d.replaceAll("(\\d{4})(?=\\d)", "$1-");
            case 1 -> d.replaceAll("(\\d{4})(?=\\d)", "$1 ");
            case 2 -> "https://example.lg.jp/mynumber/apply?id=" + d;
            case 3 -> "https://example.lg.jp/f/" + d + "/start";
            case 4 -> "https://example.lg.jp/mynumber/apply?id=" + percentEncodeSome(r, d);
            default -> d;
        };
    }

    /** Some digits written as RFC 3986 percent-escapes ("%39" for 9), which a URL may do. */
    private static String percentEncodeSome(Random r, String digits) {
        StringBuilder out = new StringBuilder();
        for (char c : digits.toCharArray()) {
            out.append(r.nextInt(6) == 0 ? "%3" + c : String.valueOf(c));
        }
        return out.toString();
    }

    /** 12 digits with a correct check digit, bare, grouped, full-width or in a URL. */
    static String individualNumber(Random r) {
        String eleven = digits(r, 11);
        int sum = 0;
        for (int n = 1; n <= 11; n++) {
            int p = eleven.charAt(11 - n) - '0';
            sum += p * (n <= 6 ? n + 1 : n - 5);
        }
        int check = sum % 11 <= 1 ? 0 : 11 - sum % 11;
        String number = eleven + check;
        return switch (r.nextInt(4)) {
            case 0 -> number.substring(0, 4) + " " + number.substring(4, 8) + " " + number.substring(8);
            case 1 -> toFullWidth(number);
            case 2 -> "https://example.lg.jp/apply?n=" + number;
            default -> number;
        };
    }

    static String toFullWidth(String ascii) {
        StringBuilder out = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '\uFF10') : c);
        }
        return out.toString();
    }

    static String randomText(Random r, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(r.nextInt(8) == 0 ? (char) r.nextInt(0x10000) : ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }

    static String mutate(Random r, String s, int times) {
        StringBuilder b = new StringBuilder(s);
        for (int t = 0; t < times; t++) {
            int at = b.length() == 0 ? 0 : r.nextInt(b.length());
            switch (r.nextInt(6)) {
                case 0 -> b.insert(at, ALPHABET.charAt(r.nextInt(ALPHABET.length())));
                case 1 -> {
                    if (b.length() > 0) {
                        b.deleteCharAt(at);
                    }
                }
                case 2 -> {
                    if (b.length() > 0) {
                        b.setCharAt(at, ALPHABET.charAt(r.nextInt(ALPHABET.length())));
                    }
                }
                case 3 -> b.setLength(at);
                case 4 -> b.insert(at, b.substring(at, Math.min(b.length(), at + 1 + r.nextInt(6))));
                default -> b.insert(at, (char) r.nextInt(0x10000));
            }
        }
        return b.toString();
    }
}
