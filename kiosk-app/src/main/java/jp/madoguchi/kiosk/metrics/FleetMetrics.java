package jp.madoguchi.kiosk.metrics;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.core.metrics.Info;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import jp.madoguchi.devices.api.Device;
import jp.madoguchi.devices.api.DeviceCondition;
import jp.madoguchi.devices.api.DeviceStatus;
import jp.madoguchi.kiosk.staff.OutboxView;

/**
 * The kiosk's metrics for a fleet's Prometheus (docs/FLEET.md), served with the Prometheus Java
 * client's own HTTP server. Names say unit and kind; labels take a few fixed values (outcomes,
 * reason codes, device kinds, conditions) and never an identifier. Durations are kept to whole
 * milliseconds in binary steps, so no value ever prints as a long run of digits that a privacy
 * scan could mistake for (or that could hide) a personal number.
 */
public final class FleetMetrics implements SubmitLatency, AutoCloseable {
    /** Submit latency buckets, seconds: a gateway answers in well under a second; 30 s is a timeout. */
    private static final double[] SUBMIT_BUCKETS = {0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60};

    private final PrometheusRegistry registry = new PrometheusRegistry();
    final Counter sessions = Counter.builder().name("madoguchi_sessions_total")
        .help("Resident sessions ended, by outcome (applied, guided, abandoned, timed_out)").labelNames("outcome").register(registry);
    final Counter photoRefusals = Counter.builder().name("madoguchi_photo_refusals_total")
        .help("Captured photos the photo check refused, by the reason shown").labelNames("reason").register(registry);
    final Counter staffCalls = Counter.builder().name("madoguchi_staff_calls_total")
        .help("Times a resident called staff").register(registry);
    final Gauge staffCallsWaiting = Gauge.builder().name("madoguchi_staff_calls_waiting")
        .help("Residents waiting for staff right now (0 or 1)").register(registry);
    private final Histogram submitSeconds = Histogram.builder().name("madoguchi_submit_seconds")
        .help("Time to deliver an application to the gateway, by outcome (accepted, refused, failed)")
        .classicOnly().classicUpperBounds(SUBMIT_BUCKETS).labelNames("outcome").register(registry);
    private HTTPServer server;

    /**
     * @param devices the kiosk's devices: their conditions, read at each scrape
     * @param outbox  the unsent applications: depth and oldest age, read at each scrape
     * @param version the kiosk's build, for {@code madoguchi_build_info}
     */
    public FleetMetrics(List<Device> devices, OutboxView outbox, String version) {
        GaugeWithCallback.builder().name("madoguchi_device_condition")
            .help("1 for each device's current condition, 0 for the others").labelNames("device", "condition")
            .callback(cb -> devices.forEach(d -> {
                DeviceStatus s = d.status();
                for (DeviceCondition c : DeviceCondition.values()) {
                    cb.call(s.condition() == c ? 1 : 0, label(s.kind().name()), label(c.name()));
                }
            })).register(registry);
        GaugeWithCallback.builder().name("madoguchi_outbox_pending")
            .help("Applications stored and not yet acknowledged by the gateway")
            .callback(cb -> cb.call(outbox.summary().pending())).register(registry);
        GaugeWithCallback.builder().name("madoguchi_outbox_oldest_age_seconds")
            .help("How long the oldest unsent application has waited, whole seconds (0 when none waits)")
            .callback(cb -> cb.call(outbox.summary().oldestPending().map(Duration::toSeconds).orElse(0L))).register(registry);
        GaugeWithCallback.builder().name("madoguchi_outbox_refused")
            .help("Applications the gateway refused, waiting for staff").callback(cb -> cb.call(outbox.summary().refused().size()))
            .register(registry);
        Info.builder().name("madoguchi_build_info").help("The kiosk's build").labelNames("version").register(registry)
            .setLabelValues(version);
    }

    /** Lower-case label values, as Prometheus users expect ("printer", "paper_out"). */
    static String label(String enumName) {
        return enumName.toLowerCase(Locale.ROOT);
    }

    @Override
    public void observe(Duration took, String outcome) {
        // steps of 1/1024 s (about a millisecond) are exact in binary, so sums never print as long digit runs
        double seconds = Math.round(took.toNanos() / 1e9 * 1024) / 1024.0;
        submitSeconds.labelValues(outcome).observe(seconds);
    }

    /** Serves {@code /metrics} on {@code port} (0: any free port); returns the port it listens on. */
    public synchronized int serve(int port) {
        try {
            server = HTTPServer.builder().port(port).registry(registry).buildAndStart();
            return server.getPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve metrics on port " + port + " (" + e.getMessage() + ")", e);
        }
    }

    /** What a scrape of {@code /metrics} would read now, in the Prometheus text format (scenario expectations). */
    public String text() {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter.create().write(out, registry.scrape());
            return out.toString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PrometheusRegistry registry() {
        return registry;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
