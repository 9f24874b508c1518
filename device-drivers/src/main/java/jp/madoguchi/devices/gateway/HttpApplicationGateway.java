package jp.madoguchi.devices.gateway;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import jp.madoguchi.devices.api.Application;
import jp.madoguchi.devices.api.ApplicationGateway;
import jp.madoguchi.devices.api.DeviceCondition;
import jp.madoguchi.devices.api.DeviceKind;
import jp.madoguchi.devices.api.Delivery;
import jp.madoguchi.devices.spi.GatewayConfig;
import jp.madoguchi.devices.spi.ReportingDevice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real client of the receiving side, over java.net.http: {@code POST {endpoint}/applications}
 * with the application as JSON and its key as {@code Idempotency-Key} (docs/gateway-openapi.yaml).
 * Within one delivery it tries up to {@code attempts} times, waiting with exponential backoff and
 * jitter, or as long as a {@code Retry-After} asks when that is short; beyond that it hands the
 * wait back to the outbox as a {@link Delivery.Retry}. Status: READY while the receiver answers,
 * FAILED while it answers 5xx, OFFLINE while it cannot be reached.
 */
public final class HttpApplicationGateway extends ReportingDevice implements ApplicationGateway {
    private static final Logger LOG = LoggerFactory.getLogger(HttpApplicationGateway.class);
    /** A Retry-After up to this long is waited out within the delivery; a longer one goes back to the outbox. */
    static final Duration WAIT_WITHIN_DELIVERY = Duration.ofSeconds(2);

    private final HttpClient client;
    private final URI applications;
    private final Duration readTimeout;
    private final int attempts;
    private final RetryDelays delays;
    private final String description;

    public HttpApplicationGateway(GatewayConfig config, Clock clock) {
        super(DeviceKind.GATEWAY, DeviceCondition.READY, clock);
        this.applications = applicationsUri(config.endpoint());
        // HTTP/1.1: no h2c upgrade dance that a plain receiver might not expect; one request, one answer
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(config.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER);
        GatewayTls.context(config).ifPresent(builder::sslContext);
        this.client = builder.build();
        this.readTimeout = config.readTimeout();
        this.attempts = config.attempts();
        this.delays = new RetryDelays(Duration.ofMillis(250), Duration.ofSeconds(2));
        this.description = "http:" + applications;
    }

    static URI applicationsUri(String endpoint) {
        if (endpoint.isBlank()) {
            throw new jp.madoguchi.devices.spi.SettingsException("gateway.endpoint",
                "is not set: the http gateway needs the receiving side's base URL, e.g. https://gateway.example.lg.jp/v1");
        }
        try {
            URI base = URI.create(endpoint.endsWith("/") ? endpoint : endpoint + "/");
            if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme()) || base.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
            return base.resolve("applications");
        } catch (IllegalArgumentException e) {
            throw new jp.madoguchi.devices.spi.SettingsException("gateway.endpoint",
                "is \"" + endpoint + "\", which is not an http:// or https:// URL");
        }
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Delivery deliver(Application application) {
        byte[] body = GatewayJson.request(application);
        try {
            Delivery outcome = null;
            for (int attempt = 1; attempt <= attempts; attempt++) {
                outcome = once(application, body);
                if (!(outcome instanceof Delivery.Retry retry) || attempt == attempts
                    || retry.after().compareTo(WAIT_WITHIN_DELIVERY) > 0) {
                    break;
                }
                sleep(retry.after().isZero() ? delays.next(attempt) : retry.after());
            }
            return outcome;
        } finally {
            Arrays.fill(body, (byte) 0); // the photo and date of birth, in the clear: not left for the GC
        }
    }

    private Delivery once(Application application, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(applications).timeout(readTimeout)
            .header("Content-Type", "application/json").header("Accept", "application/json")
            .header("Idempotency-Key", application.key().toString())
            .POST(WipeableBody.of(body)).build();
        try {
            HttpResponse<byte[]> answer = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            int code = answer.statusCode();
            report(code >= 500 ? DeviceCondition.FAILED : DeviceCondition.READY);
            Delivery outcome = GatewayAnswers.interpret(code, answer.body(),
                answer.headers().firstValue("Retry-After").flatMap(RetryDelays::parseRetryAfter));
            LOG.info("gateway answered {} for application {} (form ***{})", code, application.key(), application.formIdTail());
            return outcome;
        } catch (HttpTimeoutException e) {
            return unreachable(application, "timeout", DeviceCondition.OFFLINE);
        } catch (ConnectException e) {
            return unreachable(application, "connection refused", DeviceCondition.OFFLINE);
        } catch (IOException e) {
            // the request may have arrived and the answer been lost: the key makes the next try safe
            return unreachable(application, "connection dropped", DeviceCondition.OFFLINE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Delivery.Retry(Duration.ZERO, "interrupted");
        }
    }

    private Delivery unreachable(Application application, String why, DeviceCondition condition) {
        report(condition);
        LOG.warn("gateway not reached for application {}: {}", application.key(), why);
        return new Delivery.Retry(Duration.ZERO, why);
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        // java.net.http's client (JDK 17) has no close: its threads end once it is unreachable
    }
}
