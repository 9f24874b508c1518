package jp.madoguchi.sim.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import jp.madoguchi.devices.spi.Listeners;

/** {@code POST /applications} of the published contract, with the simulator's faults on top. */
final class ApplicationsHandler implements HttpHandler {
    /** A 7 MB photo in base64 plus the rest of the JSON fits; anything larger is refused unread. */
    static final int MAX_BODY = 10 * 1024 * 1024;

    private final GatewayFaults faults;
    private final ReceivedApplications received;
    private final GatewayCounts counts;
    private final Listeners<GatewaySimulator.Stored> stored;

    ApplicationsHandler(GatewayFaults faults, ReceivedApplications received, GatewayCounts counts,
                        Listeners<GatewaySimulator.Stored> stored) {
        this.faults = faults;
        this.received = received;
        this.counts = counts;
        this.stored = stored;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"/applications".equals(exchange.getRequestURI().getPath())) {
                answer(exchange, 404, "{\"reason\":\"not_found\"}");
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().add("Allow", "POST");
                answer(exchange, 405, "{\"reason\":\"method_not_allowed\"}");
                return;
            }
            UUID key = key(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            byte[] body = read(exchange.getRequestBody());
            if (key == null || body == null) {
                counts.refused.incrementAndGet();
                answer(exchange, key == null ? 400 : 413,
                    key == null ? "{\"reason\":\"missing_idempotency_key\"}" : "{\"reason\":\"too_large\"}");
                return;
            }
            if (faults.slowNow()) {
                counts.slowed.incrementAndGet();
                pause();
            }
            if (faults.failNow()) {
                counts.failed.incrementAndGet();
                exchange.getResponseHeaders().add("Retry-After", "1");
                answer(exchange, 503, "{\"reason\":\"unavailable\"}");
                return;
            }
            respond(exchange, key, ApplicationCheck.read(body, faults));
        }
    }

    private void respond(HttpExchange exchange, UUID key, Object reading) throws IOException {
        if (reading instanceof ApplicationCheck.Problem problem) {
            counts.refused.incrementAndGet();
            answer(exchange, problem.status(), "{\"reason\":\"" + problem.reason() + "\"}");
            return;
        }
        ApplicationCheck.Reading r = (ApplicationCheck.Reading) reading;
        ReceivedApplications.Answer outcome = received.receive(key, r.formIdDigits());
        if (outcome instanceof ReceivedApplications.Answer.New created) {
            counts.created.incrementAndGet();
            stored.publish(new GatewaySimulator.Stored(key, r.formIdDigits(), created.receipt(), r.dateOfBirth(), r.signature(),
                r.userIdentification(), r.brailleName(), r.photoJpeg(), r.kioskId(), r.takenAt()));
            if (faults.dropNow()) {
                counts.dropped.incrementAndGet();
                return; // closing the exchange before any header is sent drops the connection
            }
            answer(exchange, 201, receipt(created.receipt()));
        } else if (outcome instanceof ReceivedApplications.Answer.Repeat repeat) {
            counts.repeated.incrementAndGet();
            answer(exchange, 200, receipt(repeat.receipt()));
        } else if (outcome instanceof ReceivedApplications.Answer.FormIdUsed) {
            counts.conflicts.incrementAndGet();
            answer(exchange, 409, "{\"reason\":\"form_id_used\"}");
        } else {
            counts.refused.incrementAndGet();
            answer(exchange, 422, "{\"reason\":\"idempotency_key_reused\"}");
        }
    }

    private void pause() {
        try {
            Thread.sleep(faults.slowBy().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String receipt(String receipt) {
        return "{\"receipt\":\"" + receipt + "\"}";
    }

    private static UUID key(String header) {
        try {
            return header == null ? null : UUID.fromString(header.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] read(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        return body.length > MAX_BODY ? null : body;
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
