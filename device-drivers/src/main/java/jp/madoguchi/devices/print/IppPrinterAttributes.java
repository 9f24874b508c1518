package jp.madoguchi.devices.print;

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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CUPS queue's state with one IPP Get-Printer-Attributes request (RFC 8011), because
 * javax.print's IPP service does not report printer-state-reasons on Linux. Only the three
 * attributes the kiosk shows are asked for and decoded.
 */
final class IppPrinterAttributes {
    private static final int GET_PRINTER_ATTRIBUTES = 0x000B;
    private static final int OPERATION_TAG = 0x01;
    private static final int END_TAG = 0x03;
    private static final int ENUM = 0x23;
    private static final int BOOLEAN = 0x22;
    private static final int KEYWORD = 0x44;
    private static final int CHARSET = 0x47;
    private static final int LANGUAGE = 0x48;
    private static final int URI_TAG = 0x45;

    /** What CUPS says about a queue; {@code state} is 3 idle, 4 processing, 5 stopped. */
    record QueueState(int state, List<String> reasons, boolean acceptingJobs) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI server;

    /** @param server the CUPS server, e.g. http://localhost:631 */
    IppPrinterAttributes(URI server) {
        this.server = server;
    }

    QueueState read(String queue) throws IOException {
        URI printer = server.resolve("/printers/" + queue);
        HttpRequest request = HttpRequest.newBuilder(printer).timeout(Duration.ofSeconds(3))
            .header("Content-Type", "application/ipp")
            .POST(HttpRequest.BodyPublishers.ofByteArray(request(printer))).build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                throw new IOException("CUPS answered HTTP " + response.statusCode());
            }
            try (InputStream body = response.body()) {
                return parse(new DataInputStream(body));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking CUPS", e);
        }
    }

    private static byte[] request(URI printer) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeShort(0x0200);
        out.writeShort(GET_PRINTER_ATTRIBUTES);
        out.writeInt(1);
        out.writeByte(OPERATION_TAG);
        attribute(out, CHARSET, "attributes-charset", "utf-8");
        attribute(out, LANGUAGE, "attributes-natural-language", "en");
        attribute(out, URI_TAG, "printer-uri", printer.toString().replaceFirst("^http", "ipp"));
        attribute(out, KEYWORD, "requested-attributes", "printer-state");
        attribute(out, KEYWORD, "", "printer-state-reasons");
        attribute(out, KEYWORD, "", "printer-is-accepting-jobs");
        out.writeByte(END_TAG);
        return bytes.toByteArray();
    }

    private static void attribute(DataOutputStream out, int tag, String name, String value) throws IOException {
        byte[] n = name.getBytes(StandardCharsets.US_ASCII);
        byte[] v = value.getBytes(StandardCharsets.UTF_8);
        out.writeByte(tag);
        out.writeShort(n.length);
        out.write(n);
        out.writeShort(v.length);
        out.write(v);
    }

    static QueueState parse(DataInputStream in) throws IOException {
        in.readShort();
        int status = in.readUnsignedShort();
        in.readInt();
        if (status >= 0x0400) {
            throw new IOException(String.format("CUPS refused the request (IPP status 0x%04x): no such queue?", status));
        }
        int state = 0;
        boolean accepting = false;
        List<String> reasons = new ArrayList<>();
        String current = "";
        try {
            for (int tag = in.readUnsignedByte(); tag != END_TAG; tag = in.readUnsignedByte()) {
                if (tag < 0x10) {
                    continue;
                }
                String name = new String(in.readNBytes(in.readUnsignedShort()), StandardCharsets.US_ASCII);
                byte[] value = in.readNBytes(in.readUnsignedShort());
                current = name.isEmpty() ? current : name;
                switch (current) {
                    case "printer-state" -> state = tag == ENUM ? java.nio.ByteBuffer.wrap(value).getInt() : state;
                    case "printer-state-reasons" -> reasons.add(new String(value, StandardCharsets.US_ASCII));
                    case "printer-is-accepting-jobs" -> accepting = tag == BOOLEAN && value.length == 1 && value[0] != 0;
                    default -> {
                    }
                }
            }
        } catch (EOFException e) {
            throw new IOException("CUPS sent a truncated IPP answer", e);
        }
        return new QueueState(state, reasons, accepting);
    }
}
