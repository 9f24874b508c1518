package jp.madoguchi.devices.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import jp.madoguchi.devices.api.Application;

/** The request body of the published contract (docs/gateway-openapi.yaml, ApplicationRequest). */
final class GatewayJson {
    /**
     * Without Jackson's buffer recycling: a recycled buffer keeps the last document it held (a
     * resident's form ID, date of birth or name) for the thread's life, after the session that
     * wrote it ended. NothingPersonalAtRestTest found one in a heap dump.
     */
    private static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
        .recyclerPool(com.fasterxml.jackson.core.util.JsonRecyclerPools.nonRecyclingPool()).build());

    private GatewayJson() {
    }

    static byte[] request(Application a) {
        ObjectNode body = JSON.createObjectNode();
        body.put("form_id", a.formIdDigits());
        body.put("date_of_birth", a.dateOfBirth().toString());
        ObjectNode certificates = body.putObject("certificates");
        certificates.put("signature", a.signatureCertificate());
        certificates.put("user_identification", a.userIdentificationCertificate());
        body.put("braille_name", a.brailleName());
        body.put("photo_jpeg_base64", a.photoJpeg()); // Jackson writes byte[] as base64
        body.put("kiosk_id", a.kioskId());
        body.put("taken_at", a.takenAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString());
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectMapper mapper() {
        return JSON;
    }
}
