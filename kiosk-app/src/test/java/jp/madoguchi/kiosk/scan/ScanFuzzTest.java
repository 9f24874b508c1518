package jp.madoguchi.kiosk.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A short run of `./kiosk scan-fuzz` (the million-case run is a command: see docs/BENCHMARKS.md). */
class ScanFuzzTest {
    @Test
    void noCrashAndNoInvalidIdAccepted() {
        ScanFuzz.Result r = ScanFuzz.run(42L, 30_000);
        assertThat(r.failures()).isEmpty();
        assertThat(r.payloadCases()).isEqualTo(30_000);
        assertThat(r.individualNumbers()).isPositive();
        assertThat(r.accepted()).as("mutations leave some valid forms, so the oracle is exercised").isPositive();
        assertThat(r.framesSent()).isGreaterThanOrEqualTo(30_000);
        assertThat(r.framesRead()).as("most intact frames are read").isGreaterThan(r.framesSent() / 2);
    }
}
