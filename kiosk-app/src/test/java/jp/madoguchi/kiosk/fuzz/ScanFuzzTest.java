package jp.madoguchi.kiosk.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Short runs of `./kiosk scan-fuzz` on several seeds, among them the three issue 11 found
 * failures with (the million-case runs are a command: see docs/BENCHMARKS.md).
 */
class ScanFuzzTest {
    @ParameterizedTest
    @ValueSource(longs = {2, 3, 42, 20261124})
    void noCrashAndNoInvalidIdAccepted(long seed) {
        ScanFuzz.Result r = ScanFuzz.run(seed, 25_000);
        assertThat(r.failures()).isEmpty();
        assertThat(r.payloadCases()).isEqualTo(25_000);
        assertThat(r.individualNumbers()).isPositive();
        assertThat(r.accepted()).as("mutations leave some valid forms, so the oracle is exercised").isPositive();
        assertThat(r.framesSent()).isGreaterThanOrEqualTo(25_000);
        assertThat(r.framesRead()).as("most intact frames are read").isGreaterThan(r.framesSent() / 2);
    }
}
