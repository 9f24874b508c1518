package jp.madoguchi.rules.advice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a verdict as the one-line JSON object of issue 3: snake_case names in the order,
 * dates as YYYY-MM-DD, codes as strings, null where a value is unknown or does not apply.
 */
public final class VerdictJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private VerdictJson() {
    }

    public static String write(Verdict verdict) {
        ObjectNode out = JSON.createObjectNode();
        if (verdict.eligible() == null) {
            out.putNull("eligible");
        } else {
            out.put("eligible", verdict.eligible());
        }
        codes(out.putArray("blockers"), verdict.blockers());
        out.put("recommended_route", verdict.recommendedRoute() == null ? null : verdict.recommendedRoute().name());
        codes(out.putArray("open_routes"), verdict.openRoutes());
        codes(out.putArray("warnings"), verdict.warnings());
        out.put("fee_yen", verdict.feeYen());
        out.put("new_card_valid_until", date(verdict.newCardValidUntil()));
        out.put("certificates_valid_until", date(verdict.certificatesValidUntil()));
        out.put("renewal_window_opens", date(verdict.renewalWindowOpens()));
        out.put("special_extension_until", date(verdict.specialExtensionUntil()));
        codes(out.putArray("phrase_cards"), verdict.phraseCards());
        codes(out.putArray("checklist"), verdict.checklist());
        out.put("as_of", date(verdict.asOf()));
        verdict.sources().forEach(out.putArray("sources")::add);
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a verdict tree always serialises", e);
        }
    }

    private static void codes(ArrayNode array, List<? extends Enum<?>> codes) {
        codes.forEach(code -> array.add(code.name()));
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
