package jp.madoguchi.kiosk.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Short runs of `./kiosk fuzz` on every entry point and several seeds (the long runs are in
 * docs/BENCHMARKS.md): no crash, no hang, no oracle finding.
 */
class EntryPointFuzzTest {
    @ParameterizedTest(name = "{0}, seed {1}")
    @CsvSource({
        "images, 1, 300", "images, 2, 300", "images, 42, 300",
        "advise, 1, 1500", "advise, 2, 1500", "advise, 42, 1500",
        "config, 1, 800", "config, 2, 800", "config, 42, 800",
        "form-id, 7, 5000", "serial, 7, 2000",
    })
    void noCrashNoHangNoFinding(String target, long seed, long cases) {
        FuzzRun.Result r;
        try (FuzzTarget t = EntryPoints.target(target)) {
            r = FuzzRun.run(t, seed, cases, 10_000);
        }
        assertThat(r.failures()).isEmpty();
        assertThat(r.passed()).isTrue();
        assertThat(r.cases()).isEqualTo(cases);
    }
}
