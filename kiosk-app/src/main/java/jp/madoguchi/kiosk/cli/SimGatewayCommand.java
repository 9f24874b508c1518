package jp.madoguchi.kiosk.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import jp.madoguchi.devices.spi.SettingsException;
import jp.madoguchi.kiosk.app.KioskConfig;
import jp.madoguchi.kiosk.app.KioskMode;
import jp.madoguchi.sim.gateway.GatewayFaults;
import jp.madoguchi.sim.gateway.GatewaySimulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ./kiosk sim-gateway --port P}: the simulated receiving side alone, on loopback, until stopped. */
@Command(name = "sim-gateway", mixinStandardHelpOptions = true,
    description = {"Run the gateway simulator alone on 127.0.0.1 (the contract of docs/gateway-openapi.yaml), with",
        "optional faults, until Ctrl+C. Point a kiosk at it with --set gateway.provider=http",
        "--set gateway.endpoint=http://127.0.0.1:P/. Prints one line per application stored (form ID's last 4 digits only)."})
public final class SimGatewayCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(names = "--port", paramLabel = "P", description = "Port on 127.0.0.1 (0: any free port; default: ${DEFAULT-VALUE}).")
    int port = 8730;

    @Option(names = "--fail-5xx", paramLabel = "RATE", description = "Share of requests answered 503 with Retry-After: 1 (0 to 1).")
    double errors;

    @Option(names = "--slow", paramLabel = "RATE", description = "Share of requests held back by --slow-ms before they are handled.")
    double slow;

    @Option(names = "--slow-ms", paramLabel = "MS", description = "How long a slow request waits (default: ${DEFAULT-VALUE}).")
    long slowMillis = 20_000;

    @Option(names = "--drop", paramLabel = "RATE", description = "Share of new applications stored and then answered by a dropped connection.")
    double drops;

    @Option(names = "--refuse", paramLabel = "FORM_ID", description = "Answer 422 unknown_form_id for this form ID (repeatable).")
    List<String> refused = List.of();

    @Option(names = "--seed", description = "Seed of the fault draws (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--memory", paramLabel = "N", description = "Keys remembered for repeats and conflicts (default: ${DEFAULT-VALUE}).")
    int memory = GatewaySimulator.DEFAULT_MEMORY;

    @Override
    public Integer call() throws Exception {
        if (KioskConfig.mode(config.settings()) == KioskMode.PRODUCTION) {
            throw new SettingsException("kiosk.mode", "is production; the gateway simulator is for development and tests");
        }
        if (port < 0 || port > 65_535 || memory < 1 || slowMillis < 0) {
            throw new IllegalArgumentException("--port must be 0 to 65535, --memory at least 1, --slow-ms 0 or more");
        }
        GatewayFaults faults;
        try {
            faults = new GatewayFaults(seed).errors(errors).slow(slow, Duration.ofMillis(slowMillis)).drops(drops);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--fail-5xx, --slow and --drop are rates from 0 to 1: " + e.getMessage());
        }
        refused.forEach(id -> faults.refuse(id.replaceAll("[^0-9]", "")));
        PrintWriter out = spec.commandLine().getOut();
        GatewaySimulator sim = GatewaySimulator.start(port, memory, faults);
        sim.onStored(s -> {
            synchronized (out) {
                out.println("stored " + s.receipt() + " form ***" + s.formIdDigits().substring(19) + " key " + s.key());
                out.flush();
            }
        });
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sim.close();
            stopped.countDown();
        }, "sim-gateway-stop"));
        synchronized (out) {
            out.println("gateway simulator listening on " + sim.endpoint() + " (Ctrl+C stops it)");
            out.flush();
        }
        stopped.await();
        return 0;
    }
}
