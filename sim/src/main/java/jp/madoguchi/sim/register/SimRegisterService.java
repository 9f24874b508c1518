package jp.madoguchi.sim.register;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The municipality's form-issuing service, simulated: a real HTTP server on loopback speaking the
 * contract of docs/REGISTER.md over {@link FictitiousResidents}, issuing and voiding form IDs in a
 * {@link FormLedger}. The kiosk reaches it through the same HTTP client a real site uses. Controls:
 * take it down (it answers 503) and bring it back; a log of requests with no personal data in it.
 */
public final class SimRegisterService implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FictitiousResidents residents;
    private final FormLedger ledger;
    private final Clock clock;
    private final HttpServer server;
    private final List<String> log = new ArrayList<>();
    private volatile boolean down;

    public SimRegisterService(FictitiousResidents residents, FormLedger ledger, Clock clock) {
        this.residents = residents;
        this.ledger = ledger;
        this.clock = clock;
        residents.all().forEach(r -> ledger.seed(r.code()));
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the simulated register on loopback", e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** Where the service listens, e.g. {@code http://127.0.0.1:41234/}. */
    public URI endpoint() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + "/");
    }

    public FormLedger ledger() {
        return ledger;
    }

    public FictitiousResidents residents() {
        return residents;
    }

    /** Control: the service is down (answers 503) or back. */
    public void down(boolean isDown) {
        down = isDown;
        record(isDown ? "taken down" : "back up");
    }

    public boolean isDown() {
        return down;
    }

    /** Requests as method and path shape only: names, codes and dates never reach the log. */
    public synchronized List<String> log() {
        return List.copyOf(log);
    }

    private synchronized void record(String entry) {
        log.add(entry);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            record(method + " " + path.replaceAll("/residents/[^/]+", "/residents/*").replaceAll("/forms/\\d+", "/forms/*")
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?..."));
            if (down) {
                reply(exchange, 503, JSON.createObjectNode().put("error", "service unavailable"));
                return;
            }
            String[] parts = path.replaceAll("^/+|/+$", "").split("/");
            if (method.equals("GET") && path.equals("/health")) {
                reply(exchange, 200, JSON.createObjectNode().put("status", "ok"));
            } else if (method.equals("GET") && parts.length == 1 && parts[0].equals("residents")) {
                find(exchange);
            } else if (method.equals("GET") && parts.length == 2 && parts[0].equals("residents")) {
                Optional<FictitiousResidents.Entry> entry = residents.byCode(parts[1]);
                if (entry.isPresent()) {
                    reply(exchange, 200, json(entry.get()));
                } else {
                    reply(exchange, 404, JSON.createObjectNode().put("refused", "resident_not_found"));
                }
            } else if (method.equals("POST") && parts.length == 3 && parts[0].equals("residents") && parts[2].equals("forms")) {
                reissue(exchange, parts[1]);
            } else if (method.equals("GET") && parts.length == 2 && parts[0].equals("forms")) {
                reply(exchange, 200, JSON.createObjectNode().put("status", ledger.status(parts[1]).name().toLowerCase()));
            } else {
                reply(exchange, 400, JSON.createObjectNode().put("error", "no such request in the contract"));
            }
        }
    }

    private void find(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        LocalDate born;
        try {
            born = LocalDate.parse(query.getOrDefault("born", ""));
        } catch (DateTimeParseException e) {
            reply(exchange, 400, JSON.createObjectNode().put("error", "born must be YYYY-MM-DD"));
            return;
        }
        ObjectNode answer = JSON.createObjectNode();
        residents.find(query.getOrDefault("name", ""), born).forEach(e -> answer.withArray("residents").add(json(e)));
        answer.withArray("residents");
        reply(exchange, 200, answer);
    }

    private void reissue(HttpExchange exchange, String code) throws IOException {
        JsonNode request = JSON.readTree(exchange.getRequestBody());
        if (residents.byCode(code).isEmpty()) {
            reply(exchange, 404, JSON.createObjectNode().put("refused", "resident_not_found"));
            return;
        }
        if (!request.path("identity_checked").asBoolean(false) || request.path("staff").asText("").isBlank()) {
            reply(exchange, 409, JSON.createObjectNode().put("refused", "identity_not_checked"));
            return;
        }
        FormLedger.Issued issued = ledger.issue(code);
        ObjectNode answer = JSON.createObjectNode().put("form_id", issued.formId()).put("issued_at", clock.instant().toString());
        issued.voided().ifPresentOrElse(v -> answer.put("voided_last_four", v.substring(v.length() - 4)),
            () -> answer.putNull("voided_last_four"));
        reply(exchange, 201, answer);
    }

    private ObjectNode json(FictitiousResidents.Entry e) {
        ObjectNode node = JSON.createObjectNode().put("code", e.code()).put("name", e.name())
            .put("born", e.born().toString()).put("address", e.address());
        ledger.current(e.code()).ifPresentOrElse(id -> node.put("current_form_last_four", id.substring(id.length() - 4)),
            () -> node.putNull("current_form_last_four"));
        return node;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    private static void reply(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
