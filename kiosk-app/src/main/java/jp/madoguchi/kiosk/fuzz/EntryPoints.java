package jp.madoguchi.kiosk.fuzz;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Every entry point the kiosk takes input from, as fuzz targets: the form ID parser (scanner,
 * camera and keypad payloads), the serial framing (the scanner's byte stream), image files
 * (photo-check, scan-image), advise's situation JSON and configuration files.
 */
public final class EntryPoints {
    public static final List<String> NAMES = List.of("form-id", "serial", "images", "advise", "config");

    private EntryPoints() {
    }

    /** A fresh target by name (see {@link #NAMES}); close it after the run. */
    public static FuzzTarget target(String name) {
        return switch (name) {
            case "form-id" -> stepwise(name, PayloadFuzzer::new, f -> f::oneCase, "payload");
            case "serial" -> stepwise(name, StreamFuzzer::new, f -> f::oneStream, "byte stream");
            case "images" -> new ImageFuzz();
            case "advise" -> new AdviseFuzz();
            case "config" -> new ConfigFuzz();
            default -> throw new IllegalArgumentException("no fuzz target '" + name + "' (known: " + NAMES + ")");
        };
    }

    /** A fuzzer of the scan-fuzz kind, which makes and checks a case in one step from the run's seeded source. */
    private static <F> FuzzTarget stepwise(String name, Function<Random, F> create, Function<F, FuzzTarget.Step> step,
                                           String kind) {
        return new FuzzTarget() {
            private F fuzzer;

            @Override
            public String name() {
                return name;
            }

            @Override
            public Case next(Random random) {
                if (fuzzer == null) {
                    fuzzer = create.apply(random);
                }
                FuzzTarget.Step one = step.apply(fuzzer);
                return new Case() {
                    @Override
                    public String run() {
                        return one.run();
                    }

                    @Override
                    public String describe() {
                        return kind;
                    }
                };
            }
        };
    }
}
