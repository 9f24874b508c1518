package jp.madoguchi.rules.validity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Civil Code counting, where it differs from plusMonths: month ends. */
class CivilPeriodsTest {

    @ParameterizedTest(name = "2 months from {0} pass on {1}")
    @CsvSource({
        "2026-12-31, 2027-02-28",
        "2027-12-31, 2028-02-29",
        "2026-12-29, 2027-02-28",
        "2027-12-28, 2028-02-28",
        "2027-12-29, 2028-02-29",
        "2026-11-30, 2027-01-31",
        "2026-06-30, 2026-08-31",
        "2026-01-31, 2026-03-31",
        "2026-05-15, 2026-07-15",
    })
    void monthsPassed(LocalDate from, LocalDate passed) {
        assertThat(CivilPeriods.monthsPassedFrom(from, 2)).isEqualTo(passed);
    }

    @ParameterizedTest(name = "expiry {0}: window opens {1}")
    @CsvSource({
        "2027-03-31, 2027-01-01",
        "2027-05-31, 2027-03-01",
        "2027-04-30, 2027-01-31",
        "2028-05-29, 2028-03-01",
        "2027-06-15, 2027-03-16",
    })
    void renewalWindowOpensTheDayAfterThreeMonthsBefore(LocalDate expiry, LocalDate opens) {
        assertThat(CivilPeriods.windowOpens(expiry, 3)).isEqualTo(opens);
    }
}
