package jp.madoguchi.devices.register;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jp.madoguchi.devices.api.DeviceCondition;
import jp.madoguchi.devices.api.DeviceUnavailableException;
import jp.madoguchi.devices.api.RegisteredResident;
import jp.madoguchi.devices.api.ReissuedForm;
import jp.madoguchi.devices.api.RequestRefusedException;
import jp.madoguchi.devices.api.ResidentRegister;
import jp.madoguchi.devices.spi.ReportingDevice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The form-issuing service over HTTP and JSON, as docs/REGISTER.md specifies. A municipality
 * connects its own register system behind that contract; the simulator serves the same contract
 * on loopback, so this client runs unchanged in development and tests. The service's health is
 * probed every {@link #PROBE} and after every call, so staff see its condition on the devices screen.
 * Nothing personal is logged: failures are logged by status code and exception type.
 */
public final class HttpResidentRegister extends ReportingDevice implements ResidentRegister {
    private static final Logger LOG = LoggerFactory.getLogger(HttpResidentRegister.class);
    static final Duration PROBE = Duration.ofSeconds(15);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    /**
     * Without Jackson's buffer recycling: a recycled buffer keeps the last document it held (a
     * resident's form ID, date of birth or name) for the thread's life, after the session that
     * wrote it ended. NothingPersonalAtRestTest found one in a heap dump.
     */
    private static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
        .recyclerPool(com.fasterxml.jackson.core.util.JsonRecyclerPools.nonRecyclingPool()).build());

    private final URI base;
    private final String description;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "register-probe");
        t.setDaemon(true);
        return t;
    });

    /** @param base the service's base URL, e.g. {@code http://127.0.0.1:8041/} */
    public HttpResidentRegister(URI base, String description, Clock clock) {
        super(jp.madoguchi.devices.api.DeviceKind.REGISTER, DeviceCondition.OFFLINE, clock);
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.description = description;
        // the first probe runs at once, off the caller's thread: an unreachable service must not hold up start-up
        prober.scheduleWithFixedDelay(this::probe, 0, PROBE.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<RegisteredResident> find(String name, LocalDate born) throws DeviceUnavailableException {
        JsonNode answer = get("residents?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&born=" + born).body();
        List<RegisteredResident> found = new ArrayList<>();
        for (JsonNode resident : answer.path("residents")) {
            found.add(resident(resident));
        }
        return found;
    }

    @Override
    public Optional<RegisteredResident> byCode(String residentCode) throws DeviceUnavailableException {
        Answer answer = get("residents/" + URLEncoder.encode(residentCode, StandardCharsets.UTF_8));
        return answer.status() == 404 ? Optional.empty() : Optional.of(resident(answer.body()));
    }

    @Override
    public ReissuedForm reissue(String residentCode, String staffId) throws DeviceUnavailableException, RequestRefusedException {
        String body = JSON.createObjectNode().put("staff", staffId).put("identity_checked", true).toString();
        Answer answer = send(HttpRequest.newBuilder(base.resolve("residents/"
                + URLEncoder.encode(residentCode, StandardCharsets.UTF_8) + "/forms"))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        if (answer.status() == 404 || answer.status() == 409) {
            throw new RequestRefusedException(answer.body().path("refused").asText(RequestRefusedException.RESIDENT_NOT_FOUND));
        }
        JsonNode form = answer.body();
        String voided = form.path("voided_last_four").asText("");
        return new ReissuedForm(form.path("form_id").asText(), voided.isEmpty() ? Optional.empty() : Optional.of(voided),
            Instant.parse(form.path("issued_at").asText()));
    }

    private static RegisteredResident resident(JsonNode node) {
        String current = node.path("current_form_last_four").asText("");
        return new RegisteredResident(node.path("code").asText(), node.path("name").asText(),
            node.path("address").asText(), LocalDate.parse(node.path("born").asText()),
            current.isEmpty() ? Optional.empty() : Optional.of(current));
    }

    private Answer get(String path) throws DeviceUnavailableException {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** One exchange; a transport failure or a 5xx makes the service OFFLINE (or FAILED) and is thrown as such. */
    private Answer send(HttpRequest.Builder request) throws DeviceUnavailableException {
        try {
            HttpResponse<String> response = http.send(request.timeout(TIMEOUT).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() >= 500 || (response.statusCode() >= 400 && response.statusCode() != 404
                && response.statusCode() != 409)) {
                LOG.warn("register answered HTTP {}", response.statusCode());
                report(DeviceCondition.FAILED);
                throw new DeviceUnavailableException(status(), "the register answered HTTP " + response.statusCode());
            }
            report(DeviceCondition.READY);
            String text = response.body();
            return new Answer(response.statusCode(), text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text));
        } catch (IOException e) {
            LOG.warn("register unreachable: {}", e.getClass().getSimpleName());
            report(DeviceCondition.OFFLINE);
            throw new DeviceUnavailableException(status(), "the register cannot be reached");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceUnavailableException(status(), "interrupted while asking the register");
        }
    }

    /** Asks the service whether it answers, and reports the condition; also runs every {@link #PROBE} by itself. */
    public void probe() {
        try {
            get("health");
        } catch (DeviceUnavailableException e) {
            // already reported as the service's condition
        }
    }

    private record Answer(int status, JsonNode body) {
    }

    @Override
    public void close() {
        prober.shutdownNow();
    }
}
