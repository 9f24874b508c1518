package jp.madoguchi.devices.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import jp.madoguchi.devices.api.Application;
import jp.madoguchi.devices.spi.GatewayConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a delivery, no copy of the request body (form ID, date of birth, photo) stays in the
 * kiosk's heap, though java.net.http keeps the exchange that opened a pooled connection.
 */
class RequestBodyRetentionTest {
    @TempDir
    Path folder;

    @Test
    void theFirstApplicationsBodyIsNotKeptByThePooledConnection() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
            Thread receiver = new Thread(() -> answer(server), "test-receiver");
            receiver.setDaemon(true);
            receiver.start();
            HttpApplicationGateway gateway = new HttpApplicationGateway(new GatewayConfig("http",
                "http://127.0.0.1:" + server.getLocalPort() + "/", Duration.ofSeconds(2), Duration.ofSeconds(5), 1,
                Optional.empty(), Optional.empty(), Optional.empty()), Clock.systemUTC());
            LocalDate born = LocalDate.of(1987, 6, 5);
            for (int n = 0; n < 3; n++) {
                assertThat(gateway.deliver(new Application(UUID.randomUUID(), String.format("%023d", 424242 + n), born, true,
                    false, false, new byte[30_000], "kiosk-1", Instant.parse("2026-11-30T01:00:00Z"))))
                    .isInstanceOf(jp.madoguchi.devices.api.Delivery.Receipt.class);
            }
            // the connection is still open and pooled, as between two residents at a kiosk
            Path dump = folder.resolve("kiosk.hprof");
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).dumpHeap(dump.toString(), true);
            byte[] heap = Files.readAllBytes(dump);
            // the body's text as JSON has it, made only now: no object of this test held these bytes
            // during the dump (and no literal in this class: the dump lists the class's constants)
            String needle = "\"date_of_birth\":\"" + born + "\"";
            assertThat(new String(heap, StandardCharsets.ISO_8859_1)).as("a request body in the heap").doesNotContain(needle);
            gateway.close();
        }
    }

    /**
     * A receiver that keeps nothing: reads each request on one kept-alive connection into a buffer
     * it overwrites, and answers 201 (the JDK's HTTP server would keep the last request's bytes).
     */
    private static void answer(ServerSocket server) {
        try (Socket connection = server.accept()) {
            InputStream in = connection.getInputStream();
            OutputStream out = connection.getOutputStream();
            byte[] buffer = new byte[1 << 20];
            while (true) {
                int length = 0;
                int headersEnd = -1;
                while (headersEnd < 0) {
                    int read = in.read(buffer, length, buffer.length - length);
                    if (read < 0) {
                        return;
                    }
                    length += read;
                    headersEnd = indexOf(buffer, length, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                String headers = new String(buffer, 0, headersEnd, StandardCharsets.US_ASCII).toLowerCase(java.util.Locale.ROOT);
                int at = headers.indexOf("content-length:");
                int bodyLength = Integer.parseInt(headers.substring(at + 15, headers.indexOf('\r', at)).strip());
                while (length < headersEnd + 4 + bodyLength) {
                    length += in.read(buffer, length, buffer.length - length);
                }
                java.util.Arrays.fill(buffer, (byte) 0);
                byte[] reply = "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 17\r\n\r\n{\"receipt\":\"R-1\"}"
                    .getBytes(StandardCharsets.US_ASCII);
                out.write(reply);
                out.flush();
            }
        } catch (IOException e) {
            // the test ended
        }
    }

    private static int indexOf(byte[] b, int length, byte[] what) {
        for (int i = 0; i + what.length <= length; i++) {
            if (java.util.Arrays.equals(b, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        return -1;
    }
}
