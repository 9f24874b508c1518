package jp.madoguchi.rules.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A date of birth as the booth route asks it: real, not in the future, a plausible age. */
class DateOfBirthTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    static String refusal(String digits) {
        return DateOfBirth.read(digits, TODAY).refusal().map(DateOfBirth.Refusal::code).orElse("accepted");
    }

    @Test
    void realPastDatesOfAPlausibleAgeAreAccepted() {
        assertThat(DateOfBirth.read("19950402", TODAY).date()).contains(LocalDate.of(1995, 4, 2));
        assertThat(refusal("20261124")).as("born today: a parent applies for the baby").isEqualTo("accepted");
        assertThat(refusal("20240229")).as("a leap day").isEqualTo("accepted");
        assertThat(refusal("19061124")).as("exactly 120").isEqualTo("accepted");
    }

    @Test
    void everyOtherEntryIsRefusedWithItsReason() {
        assertThat(refusal("1995040")).isEqualTo("incomplete");
        assertThat(refusal("1995O402")).isEqualTo("incomplete");
        assertThat(refusal("")).isEqualTo("incomplete");
        assertThat(refusal("20230229")).isEqualTo("not_a_date");
        assertThat(refusal("19951301")).isEqualTo("not_a_date");
        assertThat(refusal("19950400")).isEqualTo("not_a_date");
        assertThat(refusal("20261125")).isEqualTo("in_the_future");
        assertThat(refusal("19051124")).as("121").isEqualTo("too_old");
        assertThat(refusal("00010101")).isEqualTo("too_old");
    }
}
