package jp.madoguchi.rules.form;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns whatever a scanner, a camera or a keypad delivers into an Application Form ID, or a
 * refusal. Accepted shapes: the bare 23 digits; the digits separated by spaces or hyphens
 * (full-width forms too, as typed on Japanese keyboards); a URL carrying the digits in a query
 * parameter or a path segment.
 *
 * <p>Percent-encoding in a URL is decoded as RFC 3986 (section 2.3 and 6.2.2.2) says, so
 * {@code ?id=3857%39994...} carries the digit 9 where it says {@code %39}: a URL that escapes an
 * unreserved character means the same URL, and a code generator may escape more than it needs
 * to. Decoding happens once, after NFKC normalisation of the whole payload (so a full-width
 * {@code %３９} is {@code %39} too), and only in the query, path and fragment, never the host.
 * A {@code %} not followed by two hexadecimal digits makes the URL invalid ({@code no_id_in_url}).
 */
public final class FormIdParser {
    /** Far above any real form QR (tens of bytes); anything longer is junk, refused unread. */
    static final int MAX_PAYLOAD = 2048;

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\u2010-\u2015\u2212\u30FC\uFF0D]+");
    private static final Pattern ONLY_DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern URL_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*", Pattern.DOTALL);
    private static final Pattern DIGIT_RUN = Pattern.compile("(?<![0-9])[0-9][0-9\\- ]*[0-9](?![0-9])");

    public FormIdReading parse(String payload) {
        if (payload == null) {
            return refused(FormIdRefusal.EMPTY);
        }
        if (payload.length() > MAX_PAYLOAD) {
            return refused(FormIdRefusal.PAYLOAD_TOO_LARGE);
        }
        String text = Normalizer.normalize(payload, Normalizer.Form.NFKC).strip();
        if (text.isEmpty()) {
            return refused(FormIdRefusal.EMPTY);
        }
        if (URL_SCHEME.matcher(text).matches()) {
            return fromUrl(text);
        }
        return fromDigits(SEPARATORS.matcher(text).replaceAll(""));
    }

    private FormIdReading fromDigits(String digits) {
        if (digits.isEmpty()) {
            return refused(FormIdRefusal.EMPTY);
        }
        if (!ONLY_DIGITS.matcher(digits).matches()) {
            return refused(FormIdRefusal.NOT_DIGITS);
        }
        if (IndividualNumber.looksLikeOne(digits)) {
            return refused(FormIdRefusal.INDIVIDUAL_NUMBER);
        }
        if (digits.length() < ApplicationFormId.LENGTH) {
            return refused(FormIdRefusal.TOO_SHORT);
        }
        if (digits.length() > ApplicationFormId.LENGTH) {
            return refused(FormIdRefusal.TOO_LONG);
        }
        return new FormIdReading.Accepted(ApplicationFormId.ofDigits(digits));
    }

    /** Looks at query values first (the usual place), then path segments; the first 23-digit run wins. */
    private FormIdReading fromUrl(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return refused(FormIdRefusal.NO_ID_IN_URL);
        }
        boolean sawIndividualNumber = false;
        for (String part : new String[] {uri.getQuery(), uri.getPath(), uri.getFragment()}) {
            if (part == null) {
                continue;
            }
            Matcher run = DIGIT_RUN.matcher(part);
            while (run.find()) {
                String digits = SEPARATORS.matcher(run.group()).replaceAll("");
                if (digits.length() == ApplicationFormId.LENGTH) {
                    return new FormIdReading.Accepted(ApplicationFormId.ofDigits(digits));
                }
                sawIndividualNumber |= IndividualNumber.looksLikeOne(digits);
            }
        }
        return refused(sawIndividualNumber ? FormIdRefusal.INDIVIDUAL_NUMBER : FormIdRefusal.NO_ID_IN_URL);
    }

    private static FormIdReading refused(FormIdRefusal reason) {
        return new FormIdReading.Refused(reason);
    }
}
