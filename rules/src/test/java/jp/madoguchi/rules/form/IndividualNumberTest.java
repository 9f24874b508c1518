package jp.madoguchi.rules.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndividualNumberTest {
    // 123456789018 is the sample number public guides use; its check digit 8 was worked by hand:
    // sum(Pn*Qn) = 212, 212 mod 11 = 3, 11 - 3 = 8.
    @ParameterizedTest
    @ValueSource(strings = {"123456789018", "000000000000", "111111111118"})
    void recognisesValidCheckDigits(String number) {
        assertThat(IndividualNumber.looksLikeOne(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789012", "123456789019", "12345678901", "1234567890180", "12345678901a"})
    void rejectsWrongCheckDigitsAndShapes(String number) {
        assertThat(IndividualNumber.looksLikeOne(number)).isFalse();
    }
}
