package jp.madoguchi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import jp.madoguchi.rules.data.RuleDataException;
import jp.madoguchi.rules.data.RuleSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A broken data file stops start-up with a message naming the file and the field to fix. */
class BrokenRuleDataTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fees-negative-fee.json               | fees.json            | card_reissue_yen.value                 | from 0 to 100000",
        "fees-no-source.json                  | fees.json            | certificates_reissue_yen.source        | missing",
        "validity-misspelt-field.json         | validity.json        | adult_card_birthday                    | unknown field",
        "phrases-no-romaji.json               | phrases.json         | RENEW_CERTIFICATES.text.ja-Latn        | missing",
        "integrated_card-impossible-date.json | integrated_card.json | effective.value                        | real date",
        "municipality-bad-phone.json          | municipality.json    | fukuoka.support_lines.1.phone          | phone number",
    })
    void namesTheFileAndTheField(String brokenFile, String file, String field, String problem) {
        assertThatThrownBy(() -> RuleBook.load(Map.of(), replacing(file, brokenFile)))
            .isInstanceOf(RuleDataException.class)
            .hasMessageContaining(file)
            .hasMessageContaining("'" + field + "'")
            .hasMessageContaining(problem)
            .satisfies(e -> assertThat(((RuleDataException) e).overrideKey()).isNull());
    }

    @Test
    void malformedJsonNamesTheFileAndWhereItBreaks() {
        assertThatThrownBy(() -> RuleBook.load(Map.of(), replacing("fees.json", "fees-malformed.json")))
            .isInstanceOf(RuleDataException.class)
            .hasMessageStartingWith("rule data fees.json: not valid JSON at line 4");
    }

    @Test
    void aMissingFileIsNamed() {
        RuleSource withoutPins = name -> name.equals("pins.json") ? null : RuleSource.shipped().read(name);
        assertThatThrownBy(() -> RuleBook.load(Map.of(), withoutPins))
            .hasMessage("rule data pins.json: missing from the rule data");
    }

    private static RuleSource replacing(String file, String brokenFile) {
        return name -> name.equals(file) ? testResource(brokenFile) : RuleSource.shipped().read(name);
    }

    private static String testResource(String name) {
        try (InputStream in = BrokenRuleDataTest.class.getResourceAsStream("broken/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
