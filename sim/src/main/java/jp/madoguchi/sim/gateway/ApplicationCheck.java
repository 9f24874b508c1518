package jp.madoguchi.sim.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * The simulated receiver's reading of one request body (docs/gateway-openapi.yaml): a malformed
 * body is a 400, a well-formed application it will not take is a 422 with a reason code.
 */
final class ApplicationCheck {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** J-LIS online file limits. */
    static final int MIN_PHOTO = 20 * 1024;
    static final int MAX_PHOTO = 7 * 1024 * 1024;

    /** A readable application; the simulator remembers only its form ID (listeners may keep more). */
    record Reading(String formIdDigits, LocalDate dateOfBirth, boolean signature, boolean userIdentification,
                   boolean brailleName, byte[] photoJpeg, String kioskId, Instant takenAt) {
    }

    /** Why it is not taken: the HTTP status and the reason code. */
    record Problem(int status, String reason) {
    }

    private ApplicationCheck() {
    }

    static Object read(byte[] body, GatewayFaults faults) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException e) {
            return new Problem(400, "malformed_json");
        }
        if (json == null || !json.isObject()) {
            return new Problem(400, "malformed_json");
        }
        for (String field : new String[] {"form_id", "date_of_birth", "photo_jpeg_base64", "kiosk_id", "taken_at"}) {
            if (!json.path(field).isTextual()) {
                return new Problem(400, "missing_" + field);
            }
        }
        JsonNode certificates = json.path("certificates");
        if (!certificates.path("signature").isBoolean() || !certificates.path("user_identification").isBoolean()
            || !json.path("braille_name").isBoolean()) {
            return new Problem(400, "missing_choices");
        }
        String formId = json.get("form_id").asText();
        if (!formId.matches("[0-9]{23}")) {
            return new Problem(422, "unknown_form_id");
        }
        java.util.Optional<String> refusal = faults.refusal(formId);
        if (refusal.isPresent()) {
            return new Problem(422, refusal.get());
        }
        if (!plausibleBirth(json.get("date_of_birth").asText())) {
            return new Problem(422, "date_of_birth_invalid");
        }
        if (!instant(json.get("taken_at").asText())) {
            return new Problem(400, "malformed_taken_at");
        }
        byte[] jpeg;
        try {
            jpeg = Base64.getDecoder().decode(json.get("photo_jpeg_base64").asText());
        } catch (IllegalArgumentException e) {
            return new Problem(400, "malformed_photo_base64");
        }
        boolean soi = jpeg.length > 3 && (jpeg[0] & 0xFF) == 0xFF && (jpeg[1] & 0xFF) == 0xD8 && (jpeg[2] & 0xFF) == 0xFF;
        if (!soi || jpeg.length < MIN_PHOTO || jpeg.length > MAX_PHOTO) {
            return new Problem(422, "photo_refused");
        }
        return new Reading(formId, LocalDate.parse(json.get("date_of_birth").asText()), certificates.get("signature").asBoolean(),
            certificates.get("user_identification").asBoolean(), json.get("braille_name").asBoolean(), jpeg,
            json.get("kiosk_id").asText(), Instant.parse(json.get("taken_at").asText()));
    }

    private static boolean plausibleBirth(String text) {
        try {
            LocalDate born = LocalDate.parse(text);
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
            return !born.isAfter(today) && born.isAfter(today.minusYears(130));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean instant(String text) {
        try {
            Instant.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
