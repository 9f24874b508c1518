package jp.madoguchi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import jp.madoguchi.rules.data.Evidence;
import jp.madoguchi.rules.data.RuleDataException;
import jp.madoguchi.rules.fees.ApplicationKind;
import jp.madoguchi.rules.local.SupportLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A municipality changes figures through its configuration alone; mistakes stop start-up. */
class RuleBookOverridesTest {
    @Test
    void aFeeChangesTheReissueFeeResidentsAreQuoted() {
        RuleBook book = RuleBook.load(Map.of("fees.card_reissue_yen", "1000", "fees.card_reissue_yen.as_of", "2026-04-01"));
        Evidence evidence = new Evidence();
        assertThat(book.fees().feeFor(ApplicationKind.REISSUE_AFTER_LOSS_OR_DAMAGE, true, Set.of(), evidence)).isEqualTo(1200);
        assertThat(evidence.sources()).contains("local configuration (fees.card_reissue_yen)");
        assertThat(book.fees().cardReissueYen().asOf()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(RuleBook.load().fees().cardReissueYen().value()).isEqualTo(800); // shipped data untouched
    }

    @Test
    void aPhoneNumberChangesTheSupportLineShown() {
        RuleBook book = RuleBook.load(Map.of("municipality.fukuoka.support_lines.0.phone", "092-711-4040"));
        assertThat(book.municipalities().find("fukuoka").orElseThrow().supportLines())
            .extracting(SupportLine::phone).containsExactly("092-711-4040", "092-262-1799");
    }

    @Test
    void listsAndFlagsChangeToo() {
        RuleBook book = RuleBook.load(Map.of(
            "municipality.osaka.pickup_reservation_required", "true",
            "municipality.fukuoka.support_lines.1.languages", "en, zh",
            "phrases.APPLY.text.en", "I want to apply for a My Number Card."));
        assertThat(book.municipalities().find("osaka").orElseThrow().pickupReservationRequired()).isTrue();
        assertThat(book.municipalities().find("fukuoka").orElseThrow().supportLines().get(1).languages())
            .containsExactly("en", "zh");
        assertThat(book.phrases().text(jp.madoguchi.rules.phrases.PhraseCard.APPLY).in("en"))
            .hasValue("I want to apply for a My Number Card.");
    }

    @Test
    void aKeyWithoutAValueIsNamed() {
        Map<String, String> config = new java.util.HashMap<>();
        config.put("fees.card_reissue_yen", null);
        assertThatThrownBy(() -> RuleBook.load(config)).hasMessageContaining("'fees.card_reissue_yen'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fees.card_reisue_yen                      | 1000",
        "fee.card_reissue_yen                      | 1000",
        "fees                                      | 1000",
        "municipality.kyoto.name.en                | Kyoto",
        "municipality.fukuoka.support_lines.5.phone | 092-711-4040",
        "municipality.fukuoka.support_lines.x.phone | 092-711-4040",
        "fees.card_reissue_yen.value.amount        | 1000",
    })
    void anUnknownKeyStopsStartUpNamingIt(String key, String value) {
        assertThatThrownBy(() -> RuleBook.load(Map.of(key, value)))
            .isInstanceOf(RuleDataException.class)
            .hasMessageContaining("'" + key + "'")
            .satisfies(e -> assertThat(((RuleDataException) e).overrideKey()).isEqualTo(key));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fees.card_reissue_yen                      | eight hundred | whole number",
        "fees.card_reissue_yen                      | -5            | from 0 to 100000",
        "municipality.fukuoka.support_lines.0.phone | call us       | phone number",
        "municipality.fukuoka.support_lines.0.languages | English    | language tag",
        "validity.online_immigration_limit_from     | 2026-02-30    | real date",
        "validity.leap_day_birthday_in_common_years | FEB_29        | FEB_28 or MAR_1",
        "routes.A.needs_form_id                     | maybe         | true or false",
        "checklists.pickup                          | ISSUANCE_NOTICE,TEA | unknown checklist item",
        "pins.signature_pin_min_length              | 20            | must not exceed",
        "municipality.fukuoka.support_lines         | none          | group of values",
    })
    void aBadValueStopsStartUpNamingTheKey(String key, String value, String problem) {
        assertThatThrownBy(() -> RuleBook.load(Map.of(key, value)))
            .isInstanceOf(RuleDataException.class)
            .hasMessageContaining(problem)
            .hasMessageContaining("'" + key + "'");
    }
}
