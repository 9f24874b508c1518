package jp.madoguchi.kiosk.submit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.madoguchi.devices.api.Application;

/** An application as the bytes the outbox seals: JSON, the photo in base64. Only ever stored encrypted. */
final class ApplicationCodec {
    /**
     * Without Jackson's buffer recycling: a recycled buffer keeps the last document it held (a
     * resident's form ID, date of birth or name) for the thread's life, after the session that
     * wrote it ended. NothingPersonalAtRestTest found one in a heap dump.
     */
    private static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
        .recyclerPool(com.fasterxml.jackson.core.util.JsonRecyclerPools.nonRecyclingPool()).build());

    private ApplicationCodec() {
    }

    static byte[] write(Application a) {
        ObjectNode n = JSON.createObjectNode();
        n.put("version", 1);
        n.put("key", a.key().toString());
        n.put("form_id", a.formIdDigits());
        n.put("date_of_birth", a.dateOfBirth().toString());
        n.put("signature", a.signatureCertificate());
        n.put("user_identification", a.userIdentificationCertificate());
        n.put("braille_name", a.brailleName());
        n.put("photo", a.photoJpeg());
        n.put("kiosk_id", a.kioskId());
        n.put("taken_at", a.takenAt().toString());
        try {
            return JSON.writeValueAsBytes(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Application read(byte[] bytes) throws IOException {
        JsonNode n = JSON.readTree(bytes);
        try {
            byte[] photo = n.get("photo").binaryValue();
            Application a = new Application(UUID.fromString(n.get("key").asText()), n.get("form_id").asText(),
                LocalDate.parse(n.get("date_of_birth").asText()), n.get("signature").asBoolean(),
                n.get("user_identification").asBoolean(), n.get("braille_name").asBoolean(), photo,
                n.get("kiosk_id").asText(), Instant.parse(n.get("taken_at").asText()));
            java.util.Arrays.fill(photo, (byte) 0);
            return a;
        } catch (RuntimeException e) {
            throw new IOException("not an application record: " + e.getClass().getSimpleName());
        }
    }
}
