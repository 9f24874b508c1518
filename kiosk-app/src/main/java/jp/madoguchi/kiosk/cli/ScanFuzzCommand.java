package jp.madoguchi.kiosk.cli;

import java.util.concurrent.Callable;
import jp.madoguchi.kiosk.fuzz.ScanFuzz;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./kiosk scan-fuzz}: a million random and mutated payloads and serial streams, seeded. */
@Command(name = "scan-fuzz", mixinStandardHelpOptions = true,
    description = {"Fuzz the form ID parser and the serial scanner framing with random and mutated payloads and",
        "byte streams (noise, cut and corrupted frames, bursts). Exit code 1 on any crash or accepted invalid ID."})
public final class ScanFuzzCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config;

    @Option(names = "--seed", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed = 5L;

    @Option(names = "--cases", description = "Payload cases, and about as many frames in serial streams (default: ${DEFAULT-VALUE}).")
    long cases = 1_000_000L;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        config.settings(); // checked like every command's, though fuzzing reads no key
        if (cases < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--cases must be at least 1, was " + cases);
        }
        ScanFuzz.Result r = ScanFuzz.run(seed, cases);
        System.out.printf("seed %d: %,d payloads through the parser (%,d accepted, %,d Individual Numbers all refused as such)%n",
            seed, r.payloadCases(), r.accepted(), r.individualNumbers());
        System.out.printf("%,d serial streams, %,d bytes, %,d intact frames sent, %,d form IDs read%n",
            r.streams(), r.bytes(), r.framesSent(), r.framesRead());
        System.out.printf("%d failures in %.1f s%n", r.failures().size(), r.seconds());
        r.failures().forEach(f -> System.out.println("  " + f));
        return r.failures().isEmpty() ? 0 : 1;
    }
}
