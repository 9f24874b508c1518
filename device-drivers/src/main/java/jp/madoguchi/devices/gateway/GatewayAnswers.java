package jp.madoguchi.devices.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import jp.madoguchi.devices.api.Delivery;

/**
 * What an HTTP answer means for the application (docs/gateway-openapi.yaml): 201 and 200 carry
 * the receipt (200: the key was seen before, the same receipt again); 409 and 422 are refusals
 * staff must look at (sending again cannot help), as are 400 and 413; everything else (5xx, 429,
 * 408, an answer without a receipt, ...) is "not yet", honouring Retry-After.
 */
final class GatewayAnswers {
    private GatewayAnswers() {
    }

    static Delivery interpret(int status, byte[] body, Optional<Duration> retryAfter) {
        Optional<JsonNode> json = parse(body);
        if (status == 200 || status == 201) {
            Optional<String> receipt = json.map(j -> j.path("receipt")).filter(JsonNode::isTextual).map(JsonNode::asText)
                .filter(r -> !r.isBlank() && r.length() <= 200);
            return receipt.<Delivery>map(r -> new Delivery.Receipt(r, status == 201))
                .orElseGet(() -> new Delivery.Retry(retryAfter.orElse(Duration.ZERO), status + " without a receipt"));
        }
        if (status == 409 || status == 422 || status == 400 || status == 413) {
            String fallback = status == 409 ? "form_id_used" : "http_" + status;
            return new Delivery.Refused(json.map(j -> j.path("reason")).filter(JsonNode::isTextual).map(JsonNode::asText)
                .map(GatewayAnswers::code).filter(r -> !r.isEmpty()).orElse(fallback));
        }
        return new Delivery.Retry(retryAfter.orElse(Duration.ZERO), String.valueOf(status));
    }

    /** A reason is kept for staff: only a short code of plain characters, whatever the receiver sent. */
    static String code(String reason) {
        String kept = reason.replaceAll("[^A-Za-z0-9_.:\\- ]", "").strip();
        return kept.length() > 80 ? kept.substring(0, 80) : kept;
    }

    private static Optional<JsonNode> parse(byte[] body) {
        if (body == null || body.length == 0 || body.length > 64 * 1024) {
            return Optional.empty();
        }
        try {
            return Optional.of(GatewayJson.mapper().readTree(body));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
