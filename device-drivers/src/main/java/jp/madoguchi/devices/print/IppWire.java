package jp.madoguchi.devices.print;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * IPP messages over HTTP as CUPS speaks them (RFC 8010 encoding, RFC 8011 operations): only
 * what the kiosk's printer needs, with the request written and the answer read in memory.
 */
final class IppWire {
    static final int OPERATION_GROUP = 0x01;
    static final int JOB_GROUP = 0x02;
    static final int END = 0x03;
    static final int INTEGER = 0x21;
    static final int BOOLEAN = 0x22;
    static final int ENUM = 0x23;
    static final int NAME = 0x42;
    static final int KEYWORD = 0x44;
    static final int URI_TAG = 0x45;
    static final int CHARSET = 0x47;
    static final int LANGUAGE = 0x48;
    static final int MIME_TYPE = 0x49;
    /** client-error-not-found: no such queue, or a job CUPS no longer knows. */
    static final int NOT_FOUND = 0x0406;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private IppWire() {
    }

    /** A request being written: version 2.0, the operation, and the operation attributes every request carries. */
    static final class Request {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final DataOutputStream out = new DataOutputStream(bytes);

        Request(int operation, URI printer) throws IOException {
            out.writeShort(0x0200);
            out.writeShort(operation);
            out.writeInt(1);
            out.writeByte(OPERATION_GROUP);
            text(CHARSET, "attributes-charset", "utf-8");
            text(LANGUAGE, "attributes-natural-language", "en");
            text(URI_TAG, "printer-uri", printer.toString().replaceFirst("^http", "ipp"));
        }

        Request text(int tag, String name, String value) throws IOException {
            return value(tag, name, value.getBytes(StandardCharsets.UTF_8));
        }

        Request integer(String name, int value) throws IOException {
            return value(INTEGER, name, ByteBuffer.allocate(4).putInt(value).array());
        }

        Request bool(String name, boolean value) throws IOException {
            return value(BOOLEAN, name, new byte[] {(byte) (value ? 1 : 0)});
        }

        Request group(int tag) throws IOException {
            out.writeByte(tag);
            return this;
        }

        private Request value(int tag, String name, byte[] value) throws IOException {
            byte[] n = name.getBytes(StandardCharsets.US_ASCII);
            out.writeByte(tag);
            out.writeShort(n.length);
            out.write(n);
            out.writeShort(value.length);
            out.write(value);
            return this;
        }

        /** The whole message, with {@code document} after the attributes (empty for requests without one). */
        byte[] end(byte[] document) throws IOException {
            out.writeByte(END);
            out.write(document);
            return bytes.toByteArray();
        }
    }

    /** One attribute value as sent: its value tag and bytes. */
    record Value(int tag, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        int integer() {
            return bytes.length == 4 ? ByteBuffer.wrap(bytes).getInt() : -1;
        }
    }

    /** An answer: its status code and every attribute of every group, by name (1setOf values in order). */
    record Answer(int status, Map<String, List<Value>> attributes) {
        boolean ok() {
            return status < 0x0100;
        }

        List<Value> all(String name) {
            return attributes.getOrDefault(name, List.of());
        }

        int integer(String name) {
            return all(name).isEmpty() ? -1 : all(name).get(0).integer();
        }
    }

    /** Posts {@code message} to {@code target} (the printer's URL) and reads the answer. */
    static Answer send(URI target, byte[] message) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/ipp").POST(HttpRequest.BodyPublishers.ofByteArray(message)).build();
        try {
            HttpResponse<InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IOException("CUPS answered HTTP " + response.statusCode());
                }
                // an IPP answer without a document is small; a bound keeps a confused server from filling memory
                return read(new DataInputStream(new ByteArrayInputStream(body.readNBytes(1024 * 1024))));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while talking to CUPS", e);
        }
    }

    static Answer read(DataInputStream in) throws IOException {
        try {
            in.readShort();
            int status = in.readUnsignedShort();
            in.readInt();
            Map<String, List<Value>> attributes = new LinkedHashMap<>();
            String current = "";
            for (int tag = in.readUnsignedByte(); tag != END; tag = in.readUnsignedByte()) {
                if (tag < 0x10) {
                    continue; // a group delimiter
                }
                String name = new String(in.readNBytes(in.readUnsignedShort()), StandardCharsets.US_ASCII);
                byte[] value = in.readNBytes(in.readUnsignedShort());
                current = name.isEmpty() ? current : name;
                attributes.computeIfAbsent(current, k -> new ArrayList<>()).add(new Value(tag, value));
            }
            return new Answer(status, attributes);
        } catch (EOFException e) {
            throw new IOException("CUPS sent a truncated IPP answer", e);
        }
    }
}
