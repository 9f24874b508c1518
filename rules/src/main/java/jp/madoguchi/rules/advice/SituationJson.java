package jp.madoguchi.rules.advice;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Pattern;
import jp.madoguchi.rules.data.StrictJson;
import jp.madoguchi.rules.eligibility.Stay;

/**
 * Reads a resident's situation from the JSON of issue 3. Strict, so that a typo never turns into
 * "unknown" silently: unknown fields and values, wrong types, impossible dates (1990-02-30),
 * duplicate fields and trailing text all fail with the field named. A field that is absent or
 * null is unknown. Pure: a string in, a {@link Situation} out.
 */
public final class SituationJson {
    private static final Pattern MUNICIPALITY = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Set<String> FIELDS = Set.of("resident_registered", "stay", "period_of_stay_ends",
        "visa_renewal_pending", "visa_renewed_on", "date_of_birth", "has_form", "form_id_known", "moved_since_form",
        "card", "card_lost_or_damaged", "want_certificates", "name_or_address_changed", "municipality",
        "application_submitted");
    private static final Set<String> CARD_FIELDS = Set.of("expires", "certificates_expire");

    private SituationJson() {
    }

    public static Situation parse(String json) throws SituationException {
        JsonNode root = tree(json);
        if (!root.isObject()) {
            throw new SituationException(null, "the situation must be one JSON object");
        }
        onlyKnownFields(root, FIELDS, "");
        return new Situation(flag(root, "resident_registered"), stay(root), date(root, "period_of_stay_ends", ""),
            flag(root, "visa_renewal_pending"), date(root, "visa_renewed_on", ""), date(root, "date_of_birth", ""),
            flag(root, "has_form"), flag(root, "form_id_known"), flag(root, "moved_since_form"), card(root),
            flag(root, "card_lost_or_damaged"), flag(root, "want_certificates"), flag(root, "name_or_address_changed"),
            municipality(root), flag(root, "application_submitted"));
    }

    private static JsonNode tree(String json) throws SituationException {
        if (json == null || json.isBlank()) {
            throw new SituationException(null, "no situation given: expected a JSON object");
        }
        try {
            return StrictJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String field = e.getProcessor() instanceof JsonParser parser ? parser.getParsingContext().getCurrentName() : null;
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                + ", column " + e.getLocation().getColumnNr();
            // Jackson's limits (nesting depth, number and string length) name its own classes; the user needs the limit
            String problem = e.getOriginalMessage().replaceAll(", from `[^`]*`", "");
            throw new SituationException(field, "malformed JSON" + where + ": " + problem);
        }
    }

    private static void onlyKnownFields(JsonNode object, Set<String> known, String prefix) throws SituationException {
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                throw new SituationException(prefix + name, "unknown field");
            }
        }
    }

    private static Boolean flag(JsonNode root, String field) throws SituationException {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw new SituationException(field, "expected true, false or null, got " + value);
        }
        return value.booleanValue();
    }

    private static LocalDate date(JsonNode object, String field, String prefix) throws SituationException {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new SituationException(prefix + field, "expected a date as \"YYYY-MM-DD\" or null, got " + value);
        }
        try {
            return LocalDate.parse(value.textValue(), StrictJson.DATE);
        } catch (DateTimeParseException e) {
            throw new SituationException(prefix + field, "'" + value.textValue() + "' is not a real date as YYYY-MM-DD");
        }
    }

    private static Stay stay(JsonNode root) throws SituationException {
        JsonNode value = root.get("stay");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new SituationException("stay", "expected text or null, got " + value);
        }
        return Stay.fromCode(value.textValue()).orElseThrow(() -> new SituationException("stay",
            "unknown value '" + value.textValue() + "' (expected period_of_stay, permanent, "
                + "highly_skilled_professional_ii, special_permanent or short_term)"));
    }

    private static HeldCard card(JsonNode root) throws SituationException {
        JsonNode card = root.get("card");
        if (card == null || card.isNull()) {
            return null;
        }
        if (!card.isObject()) {
            throw new SituationException("card", "expected an object with expires and certificates_expire, or null");
        }
        onlyKnownFields(card, CARD_FIELDS, "card.");
        return new HeldCard(date(card, "expires", "card."), date(card, "certificates_expire", "card."));
    }

    private static String municipality(JsonNode root) throws SituationException {
        JsonNode value = root.get("municipality");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || !MUNICIPALITY.matcher(value.textValue()).matches()) {
            throw new SituationException("municipality", "expected a municipality id such as \"shinjuku\", got " + value);
        }
        return value.textValue();
    }
}
