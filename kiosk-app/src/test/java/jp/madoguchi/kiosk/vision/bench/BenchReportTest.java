package jp.madoguchi.kiosk.vision.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benchmark page states the load it measured, and only what that load says. */
class BenchReportTest {
    @Test
    void theLoadSentenceFollowsTheMeasuredLoad() {
        assertThat(BenchReport.loadSentence("0.08", "1.02", 2))
            .isEqualTo("1-minute load average 0.08 before the run and 1.02 after it, on 2 cores: the machine was otherwise "
                + "idle when the run began.");
        assertThat(BenchReport.loadSentence("3.40", "4.10", 2)).contains("3.40 before", "about 3.4 of the 2 cores", "pessimistic");
        assertThat(BenchReport.loadSentence("unknown", "unknown", 2)).contains("not known");
    }

    @Test
    void memoryIsCalledAGrowthOnlyWhenItRisesEveryQuarter() {
        assertThat(BenchReport.trend(new double[] {518.5, 337.2, 443.4, 315.5, 443.7}))
            .contains("315.5-443.7 MiB", "went down as well as up");
        assertThat(BenchReport.trend(new double[] {300, 310, 330, 350, 370})).contains("rose at every quarter");
    }
}
