package jp.madoguchi.rules.advice;

import static org.assertj.core.api.Assertions.assertThat;

import jp.madoguchi.rules.phrases.PhraseCard;
import jp.madoguchi.rules.routes.ChecklistItem;
import jp.madoguchi.rules.routes.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The guidance screens get their cards and checklist from the need alone. */
class GuidanceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "APPLY               | C | APPLY                                | ",
        "LOST_FORM           | D | APPLY LOST_FORM_REISSUE COUNTER_HELP | IDENTITY_DOCUMENT RESIDENCE_CARD",
        "VISA_RENEWED        | D | EXTEND_AFTER_RENEWAL                 | MY_NUMBER_CARD NEW_RESIDENCE_CARD KNOW_CARD_PINS",
        "CERTIFICATE_RENEWAL | D | RENEW_CERTIFICATES                   | MY_NUMBER_CARD EXPIRY_NOTICE_IF_RECEIVED KNOW_CARD_PINS",
        "PICKUP_PREPARATION  |   |                                      | RESERVE_PICKUP ISSUANCE_NOTICE IDENTITY_DOCUMENT RESIDENCE_CARD DECIDE_PINS",
    })
    void eachNeedHasItsCardsAndChecklist(Need need, Route route, String cards, String checklist) {
        Guidance guidance = Residents.SHINJUKU.guidanceFor(need);
        assertThat(guidance.recommendedRoute()).isEqualTo(route);
        assertThat(guidance.phraseCards()).containsExactlyElementsOf(Residents.codes(cards, PhraseCard::valueOf));
        assertThat(guidance.checklist()).containsExactlyElementsOf(Residents.codes(checklist, ChecklistItem::valueOf));
        assertThat(guidance.asOf()).isNotNull();
        assertThat(guidance.sources()).isNotEmpty();
    }

    @Test
    void pickupReservationIsOnlyListedWhereTheMunicipalityRequiresIt() {
        Guidance fukuoka = new AdviceService(Residents.BOOK, "fukuoka").guidanceFor(Need.PICKUP_PREPARATION);
        assertThat(fukuoka.checklist()).doesNotContain(ChecklistItem.RESERVE_PICKUP).contains(ChecklistItem.DECIDE_PINS);
    }
}
