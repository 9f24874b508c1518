package jp.madoguchi.kiosk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import jp.madoguchi.kiosk.fuzz.EntryPoints;
import jp.madoguchi.kiosk.fuzz.FuzzRun;
import jp.madoguchi.kiosk.fuzz.FuzzTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./kiosk fuzz}: every input entry point fuzzed, seeded, each case time-boxed. */
@Command(name = "fuzz", mixinStandardHelpOptions = true,
    description = {"Fuzz the kiosk's entry points with seeded random and mutated input, each case time-boxed:",
        "form-id (the form ID parser), serial (the scanner framing), images (photo-check and scan-image decoding),",
        "advise (situation JSON) and config (configuration files). Exit code 1 on any crash, hang or oracle finding."})
public final class FuzzCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config;

    @Spec
    CommandSpec spec;

    @Option(names = "--target", paramLabel = "NAME", description = "form-id, serial, images, advise or config (repeatable; default: all).")
    List<String> targets = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "Seed (repeatable; default: 1).")
    List<Long> seeds = new ArrayList<>();

    @Option(names = "--cases", paramLabel = "N", description = "Cases per target and seed (default: ${DEFAULT-VALUE}).")
    long cases = 10_000;

    @Option(names = "--time-box-ms", paramLabel = "MS", description = "A case running longer is a hang (default: ${DEFAULT-VALUE}).")
    long timeBox = 10_000;

    @Override
    public Integer call() {
        config.settings(); // checked like every command's
        if (cases < 1 || timeBox < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--cases and --time-box-ms must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<String> names = targets.isEmpty() ? EntryPoints.NAMES : targets;
        for (String name : names) {
            if (!EntryPoints.NAMES.contains(name)) {
                spec.commandLine().getErr().println("kiosk fuzz: no target '" + name + "'; the targets are " + EntryPoints.NAMES);
                return 2;
            }
        }
        boolean passed = true;
        for (String name : names) {
            for (long seed : seeds.isEmpty() ? List.of(1L) : seeds) {
                FuzzRun.Result r;
                try (FuzzTarget target = EntryPoints.target(name)) {
                    r = FuzzRun.run(target, seed, cases, timeBox);
                }
                out.printf("%s, seed %d: %,d cases, %d crashes, %d hangs, %d findings; slowest case %.0f ms; %.1f s%n",
                    r.target(), r.seed(), r.cases(), r.crashes(), r.hangs(), r.findings(), r.slowestMs(), r.seconds());
                if (!r.tally().isEmpty()) {
                    out.println("  " + r.tally());
                }
                r.failures().forEach(f -> out.println("  " + f));
                out.flush();
                passed &= r.passed();
            }
        }
        return passed ? 0 : 1;
    }
}
