package jp.madoguchi.rules.validity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 29 February births: FEB_28 is the shipped choice, MAR_1 the alternative the data can select. */
class BirthdaysTest {

    @ParameterizedTest(name = "born {0}, issued {1}, rule {3}: {2}th birthday after is {4}")
    @CsvSource({
        "2000-02-29, 2026-03-10, 1, FEB_28, 2027-02-28",
        "2000-02-29, 2026-03-10, 1, MAR_1,  2027-03-01",
        "2000-02-29, 2026-03-10, 2, MAR_1,  2028-02-29",
        "2000-02-29, 2026-02-28, 1, FEB_28, 2027-02-28",
        "2000-02-29, 2026-02-28, 1, MAR_1,  2026-03-01",
        "1995-04-02, 2026-04-02, 10, FEB_28, 2036-04-02",
    })
    void nthBirthdayAfterTheIssueDate(LocalDate born, LocalDate issued, int n, LeapDayBirthday rule, LocalDate expected) {
        assertThat(Birthdays.nthAfter(born, issued, n, rule)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "born {0}, on {1}: age {2}")
    @CsvSource({
        "2008-02-29, 2026-02-28, 17",
        "2008-02-29, 2026-03-01, 18",
        "2008-02-29, 2028-02-29, 20",
        "2008-03-01, 2026-02-28, 17",
        "2008-03-01, 2026-03-01, 18",
    })
    void ageFollowsTheAgeCalculationAct(LocalDate born, LocalDate day, int age) {
        assertThat(Birthdays.ageOn(born, day)).isEqualTo(age);
    }
}
