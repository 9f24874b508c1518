package jp.madoguchi.rules.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import jp.madoguchi.rules.eligibility.Stay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading the situation JSON: the issue's example in, every kind of bad input refused with its field. */
class SituationJsonTest {
    static final String ISSUE_EXAMPLE = """
        {"resident_registered": true, "stay": "period_of_stay",
         "period_of_stay_ends": "2027-03-31", "visa_renewal_pending": false, "visa_renewed_on": null,
         "date_of_birth": "1995-04-02", "has_form": true, "form_id_known": true, "moved_since_form": false,
         "card": null,
         "card_lost_or_damaged": false, "want_certificates": true, "name_or_address_changed": false,
         "municipality": "shinjuku"}
        """;

    @Test
    void readsTheIssueExample() throws SituationException {
        Situation situation = SituationJson.parse(ISSUE_EXAMPLE);
        assertThat(situation.residentRegistered()).isTrue();
        assertThat(situation.stay()).isEqualTo(Stay.PERIOD_OF_STAY);
        assertThat(situation.periodOfStayEnds()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(situation.dateOfBirth()).isEqualTo(LocalDate.of(1995, 4, 2));
        assertThat(situation.visaRenewedOn()).isNull();
        assertThat(situation.card()).isNull();
        assertThat(situation.municipality()).isEqualTo("shinjuku");
        assertThat(situation.applicationSubmitted()).isNull();
    }

    @Test
    void absentFieldsAreUnknown() throws SituationException {
        assertThat(SituationJson.parse("{}")).isEqualTo(Situation.UNKNOWN);
        assertThat(SituationJson.parse("{\"card\": {}}").card()).isEqualTo(HeldCard.DATES_UNKNOWN);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{'stay': 'tourist'}                           | stay                  | unknown value 'tourist'",
        "{'stay': 3}                                   | stay                  | expected text",
        "{'date_of_birth': '1990-02-30'}               | date_of_birth         | '1990-02-30' is not a real date",
        "{'date_of_birth': '1991-02-29'}               | date_of_birth         | not a real date",
        "{'date_of_birth': '02/04/1995'}               | date_of_birth         | not a real date",
        "{'period_of_stay_ends': 20270331}             | period_of_stay_ends   | expected a date",
        "{'resident_registered': 'yes'}                | resident_registered   | expected true, false or null",
        "{'has_form': 1}                               | has_form              | expected true, false or null",
        "{'card': {'expires': '2026-13-01'}}           | card.expires          | not a real date",
        "{'card': {'expiry': '2026-12-01'}}            | card.expiry           | unknown field",
        "{'card': 'none'}                              | card                  | expected an object",
        "{'date_of_brth': '1990-01-01'}                | date_of_brth          | unknown field",
        "{'municipality': 'Shinjuku City'}             | municipality          | municipality id",
        "{'has_form': tru}                             | has_form              | malformed JSON at line 1",
        "{'stay': 'permanent', 'stay': 'permanent'}    | stay                  | malformed JSON",
    })
    void badInputNamesTheField(String json, String field, String problem) {
        assertThatThrownBy(() -> SituationJson.parse(Residents.json(json)))
            .isInstanceOf(SituationException.class)
            .hasMessageStartingWith("field '" + field + "': ")
            .hasMessageContaining(problem)
            .satisfies(e -> assertThat(((SituationException) e).field()).isEqualTo(field));
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {
        "''                 | no situation given",
        "'   '              | no situation given",
        "[]                 | must be one JSON object",
        "'\"shinjuku\"'     | must be one JSON object",
        "{} {}              | malformed JSON",
        "{                  | malformed JSON",
    })
    void inputThatIsNoSituationAtAllSaysSo(String json, String problem) {
        assertThatThrownBy(() -> SituationJson.parse(json))
            .isInstanceOf(SituationException.class)
            .hasMessageContaining(problem);
    }

    @org.junit.jupiter.api.Test
    void parsersLimitsAreSaidInPlainWords() {
        String deep = "{\"card\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
        assertThatThrownBy(() -> SituationJson.parse(deep)).isInstanceOf(SituationException.class)
            .hasMessageContaining("nesting depth").hasMessageNotContaining("StreamReadConstraints");
        String huge = "{\"has_form\": " + "9".repeat(5000) + "}";
        assertThatThrownBy(() -> SituationJson.parse(huge)).isInstanceOf(SituationException.class)
            .hasMessageContaining("Number value length (5000)").hasMessageNotContaining("StreamReadConstraints");
    }
}
