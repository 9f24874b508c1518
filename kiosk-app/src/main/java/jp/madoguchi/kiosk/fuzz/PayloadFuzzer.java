package jp.madoguchi.kiosk.fuzz;

import java.text.Normalizer;
import java.util.Random;
import java.util.regex.Pattern;
import jp.madoguchi.rules.form.FormIdParser;
import jp.madoguchi.rules.form.FormIdReading;
import jp.madoguchi.rules.form.FormIdRefusal;

/**
 * Random and mutated payloads through the rules' form ID parser, checked against an oracle
 * written separately from the parser: an accepted ID must be 23 ASCII digits taken from the
 * payload itself (all of its digits, for a payload that is not a URL; in a URL, digits after
 * percent-decoding, as RFC 3986 and the parser read {@code %39} as 9), and a valid Individual
 * Number, however it is written, must be refused as one.
 */
public final class PayloadFuzzer {
    private static final String SEPARATORS = " -\u2010\u2012\u2013\u2014\u2015\u2212\u30FC\uFF0D\u3000\t";
    private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*", Pattern.DOTALL);

    private final FormIdParser parser = new FormIdParser();
    private final Random random;
    long cases;
    long accepted;
    long individualNumbers;

    PayloadFuzzer(Random random) {
        this.random = random;
    }

    /** One case; returns a description of the failure, or null. Never logs the payload. */
    String oneCase() {
        cases++;
        int kind = random.nextInt(10);
        String payload = switch (kind) {
            case 0, 1 -> FuzzText.randomText(random, random.nextInt(40));
            case 2 -> FuzzText.randomText(random, 1900 + random.nextInt(400));
            case 3 -> FuzzText.individualNumber(random);
            default -> FuzzText.mutate(random, FuzzText.validForm(random), 1 + random.nextInt(3));
        };
        FormIdReading reading;
        try {
            reading = parser.parse(payload);
        } catch (RuntimeException e) {
            return "parser threw " + e.getClass().getName();
        }
        if (kind == 3) {
            individualNumbers++;
            if (!(reading instanceof FormIdReading.Refused r && r.reason() == FormIdRefusal.INDIVIDUAL_NUMBER)) {
                return "an Individual Number was not refused as one";
            }
        }
        if (reading instanceof FormIdReading.Accepted a) {
            accepted++;
            return acceptable(payload, a.id().digits()) ? null : "accepted an ID the payload does not carry";
        }
        return null;
    }

    private static boolean acceptable(String payload, String digits) {
        if (digits.length() != 23 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        String text = Normalizer.normalize(payload, Normalizer.Form.NFKC).strip();
        boolean url = URL.matcher(text).matches();
        if (url) {
            text = percentDecoded(text);
        }
        StringBuilder onlyDigits = new StringBuilder();
        StringBuilder rest = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c >= '0' && c <= '9') {
                onlyDigits.append(c);
            } else if (SEPARATORS.indexOf(c) < 0 && !Character.isWhitespace(c)) {
                rest.append(c);
            }
        }
        if (url) {
            return onlyDigits.indexOf(digits) >= 0;
        }
        return rest.length() == 0 && onlyDigits.toString().equals(digits);
    }

    /** Every "%HH" as the byte it stands for, read as UTF-8; anything else as it is. */
    static String percentDecoded(String text) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        byte[] raw = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            int hi = i + 2 < raw.length && raw[i] == '%' ? Character.digit(raw[i + 1], 16) : -1;
            int lo = hi < 0 ? -1 : Character.digit(raw[i + 2], 16);
            if (lo >= 0) {
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                bytes.write(raw[i]);
            }
        }
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
