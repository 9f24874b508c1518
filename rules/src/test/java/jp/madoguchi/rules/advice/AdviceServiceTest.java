package jp.madoguchi.rules.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code ./kiosk advise} end to end: the issue's situation in, the issue's verdict shape out. */
class AdviceServiceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @Test
    void answersTheIssueExampleWithTheIssueShape() throws Exception {
        JsonNode verdict = JSON.readTree(Residents.SHINJUKU.adviseJson(SituationJsonTest.ISSUE_EXAMPLE, TODAY));
        List<String> names = new ArrayList<>();
        verdict.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("eligible", "blockers", "recommended_route", "open_routes", "warnings",
            "fee_yen", "new_card_valid_until", "certificates_valid_until", "renewal_window_opens",
            "special_extension_until", "phrase_cards", "checklist", "as_of", "sources");
        assertThat(verdict.get("eligible").asBoolean()).isTrue();
        assertThat(verdict.get("recommended_route").asText()).isEqualTo("C");
        assertThat(verdict.get("open_routes").toString()).isEqualTo("[\"A\",\"B\",\"C\",\"D\"]");
        assertThat(verdict.get("fee_yen").asInt()).isZero();
        assertThat(verdict.get("new_card_valid_until").asText()).isEqualTo("2027-03-31");
        assertThat(verdict.get("certificates_valid_until").asText()).isEqualTo("2027-03-31");
        assertThat(verdict.get("renewal_window_opens").isNull()).isTrue();
        assertThat(verdict.get("special_extension_until").isNull()).isTrue();
        assertThat(verdict.get("phrase_cards").toString()).isEqualTo("[\"APPLY\"]");
        assertThat(verdict.get("checklist").toString()).isEqualTo("[]");
        assertThat(verdict.get("warnings").toString())
            .isEqualTo("[\"VALIDITY_TIED_TO_PERIOD_OF_STAY\",\"NOTICE_IS_NON_FORWARDING\"]");
        assertThat(verdict.get("as_of").asText()).isEqualTo("2026-03-01");
        assertThat(verdict.get("sources")).isNotEmpty();
    }

    @Test
    void aBlockedVerdictWritesNullsWhereNothingApplies() throws Exception {
        String verdict = Residents.SHINJUKU.adviseJson("{\"resident_registered\": false}", TODAY);
        assertThat(verdict).startsWith("{\"eligible\":false,\"blockers\":[\"NOT_ON_RESIDENT_REGISTER\"],"
            + "\"recommended_route\":null,\"open_routes\":[],\"warnings\":[],\"fee_yen\":null,"
            + "\"new_card_valid_until\":null,\"certificates_valid_until\":null,\"renewal_window_opens\":null,"
            + "\"special_extension_until\":null,\"phrase_cards\":[],\"checklist\":[],\"as_of\":\"2026-03-01\",\"sources\":[");
        assertThat(verdict).doesNotContain("\n");
    }

    @Test
    void anUnknownEligibilityIsNull() throws Exception {
        assertThat(Residents.SHINJUKU.adviseJson("{}", TODAY)).startsWith("{\"eligible\":null,");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "{'date_of_birth': '3000-01-01'}                                  | date_of_birth   | cannot be in the future",
        "{'date_of_birth': '2026-03-02'}                                  | date_of_birth   | cannot be in the future",
        "{'date_of_birth': '1900-02-28'}                                  | date_of_birth   | more than 125 years",
        "{'date_of_birth': '0001-01-01'}                                  | date_of_birth   | not a plausible date of birth",
        "{'visa_renewed_on': '2027-01-01'}                                | visa_renewed_on | cannot be dated in the future",
        "{'date_of_birth': '1995-04-02', 'visa_renewed_on': '1990-01-01'} | visa_renewed_on | before the date of birth",
    })
    void impossibleDatesAreBadInputNamingTheField(String json, String field, String problem) {
        assertThatThrownBy(() -> Residents.SHINJUKU.adviseJson(Residents.json(json), TODAY))
            .isInstanceOf(SituationException.class)
            .hasMessageStartingWith("field '" + field + "': ")
            .hasMessageContaining(problem);
    }

    @Test
    void aBabyBornTodayAndAResidentAged125AreAdvised() throws Exception {
        assertThat(Residents.SHINJUKU.adviseJson(Residents.json("{'date_of_birth': '2026-03-01'}"), TODAY)).contains("eligible");
        assertThat(Residents.SHINJUKU.adviseJson(Residents.json("{'date_of_birth': '1901-03-01'}"), TODAY)).contains("eligible");
    }

    @Test
    void anUnknownMunicipalityIsBadInputNamingTheField() {
        assertThatThrownBy(() -> Residents.SHINJUKU.adviseJson("{\"municipality\": \"kyoto\"}", TODAY))
            .isInstanceOf(SituationException.class)
            .hasMessage("field 'municipality': unknown municipality 'kyoto' (known: fukuoka, osaka, shinjuku)");
    }

    @Test
    void theAnswerDependsOnTheDayPassedInOnly() throws Exception {
        String situation = "{\"stay\":\"period_of_stay\",\"period_of_stay_ends\":\"2026-07-15\"}";
        assertThat(Residents.SHINJUKU.adviseJson(situation, LocalDate.of(2026, 3, 1))).doesNotContain("INTEGRATED_CARD_OPTION");
        assertThat(Residents.SHINJUKU.adviseJson(situation, LocalDate.of(2026, 5, 1))).contains("INTEGRATED_CARD_OPTION");
        assertThat(Residents.SHINJUKU.adviseJson(situation, LocalDate.of(2026, 5, 1)))
            .isEqualTo(Residents.SHINJUKU.adviseJson(situation, LocalDate.of(2026, 5, 1)));
    }

    @Test
    void theKioskMunicipalityMustExist() {
        assertThatThrownBy(() -> new AdviceService(Residents.BOOK, "kyoto"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("kyoto");
    }
}
