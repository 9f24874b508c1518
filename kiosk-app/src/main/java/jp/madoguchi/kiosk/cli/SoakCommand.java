package jp.madoguchi.kiosk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import jp.madoguchi.devices.spi.PrinterConfig;
import jp.madoguchi.devices.spi.Settings;
import jp.madoguchi.kiosk.app.Kiosk;
import jp.madoguchi.kiosk.app.bench.Soak;
import jp.madoguchi.kiosk.app.bench.SoakReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ./kiosk soak --sessions N}: N simulated residents through the real flow, headless, on the configured devices. */
@Command(name = "soak", mixinStandardHelpOptions = true,
    description = {"Drive N simulated residents through the real flow of one kiosk, headless, on the configured devices",
        "(the gateway may be a real HTTP endpoint), each with a distinct valid form ID and a passing face. Ends with one",
        "JSON line: sessions, confirmed, sent, queued, wall seconds, sessions per second, heap and RSS at start and end",
        "(and, on the simulated gateway, received/lost/doubled). Exit 1 if any application was lost or doubled."})
public final class SoakCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(names = "--sessions", required = true, paramLabel = "N", description = "Residents to serve (1 to 999999).")
    int sessions;

    @Option(names = "--seed", paramLabel = "S", description = {"Seed of the form IDs and choices (default: a new one each run, so",
        "a restarted soak never offers a form ID an earlier run already sent; the JSON line names it)."})
    Long seed;

    @Option(names = "--print-confirmed", description = "Print each form ID the kiosk confirmed to its resident (sent or saved), one per line, as it happens.")
    boolean printConfirmed;

    @Option(names = "--drain-s", paramLabel = "T", description = "At the end, wait up to T seconds for the outbox to deliver (default: ${DEFAULT-VALUE}).")
    int drainSeconds = 60;

    @Override
    public Integer call() throws Exception {
        Settings settings = config.settings();
        if (sessions < 1 || sessions > 999_999 || drainSeconds < 0) {
            throw new IllegalArgumentException("--sessions must be 1 to 999999 and --drain-s 0 or more");
        }
        Optional<Path> printed = Optional.empty();
        if ("sim".equals(PrinterConfig.from(settings).provider()) && settings.find("printer.output").isEmpty()) {
            // ten thousand residents' papers would fill the disk: a folder of our own, emptied as we go
            printed = Optional.of(Files.createTempDirectory("madoguchi-soak-printed"));
            settings = settings.with(Map.of("printer.output", printed.get().toString()));
        }
        PrintWriter out = spec.commandLine().getOut();
        SoakReport report;
        try (Kiosk kiosk = Kiosk.start(settings, Clock.systemUTC())) {
            long chosen = seed != null ? seed : new java.security.SecureRandom().nextLong();
            report = new Soak(kiosk, chosen, printed).run(sessions, formId -> {
                if (printConfirmed) {
                    out.println(formId);
                    out.flush();
                }
            }, line -> {
                spec.commandLine().getErr().println("soak progress " + line);
                spec.commandLine().getErr().flush();
            }, drainSeconds);
        } finally {
            printed.ifPresent(dir -> dir.toFile().delete());
        }
        out.println(report.json());
        out.flush();
        return report.failed() ? 1 : 0;
    }
}
