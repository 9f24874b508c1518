package jp.madoguchi.rules.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import jp.madoguchi.rules.phrases.PhraseCard;
import jp.madoguchi.rules.routes.Route;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a card can be renewed, and how far the special extension reaches. */
class RenewalAndExtensionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // case                                | today      | card expires | certificates expire | opens      | open? | card
        "card: the day before the window opens | 2026-12-31 | 2027-03-31   | 2031-03-31          | 2027-01-01 | false | ",
        "card: the day the window opens        | 2027-01-01 | 2027-03-31   | 2031-03-31          | 2027-01-01 | true  | APPLY",
        "card: the last valid day              | 2027-03-31 | 2027-03-31   | 2031-03-31          | 2027-01-01 | true  | APPLY",
        "card: month end, day before           | 2027-02-28 | 2027-05-31   | 2031-05-31          | 2027-03-01 | false | ",
        "card: month end, opening day          | 2027-03-01 | 2027-05-31   | 2031-05-31          | 2027-03-01 | true  | APPLY",
        "certificates: day before              | 2026-02-10 | 2031-05-10   | 2026-05-10          | 2026-02-11 | false | ",
        "certificates: opening day             | 2026-02-11 | 2031-05-10   | 2026-05-10          | 2026-02-11 | true  | RENEW_CERTIFICATES",
    })
    void theRenewalWindowOpensTheDayAfterThreeMonthsBeforeExpiry(String name, String today, String cardExpires,
            String certificatesExpire, LocalDate opens, boolean open, PhraseCard card) {
        Verdict verdict = Residents.advise("{'resident_registered':true,'stay':'permanent','card':{'expires':'"
            + cardExpires + "','certificates_expire':'" + certificatesExpire + "'}}", today);
        assertThat(verdict.renewalWindowOpens()).isEqualTo(opens);
        assertThat(verdict.warnings().contains(Warning.RENEWAL_WINDOW_OPEN)).isEqualTo(open);
        if (card == null) {
            assertThat(verdict.phraseCards()).isEmpty();
            assertThat(verdict.recommendedRoute()).isNull(); // nothing to do yet
        } else {
            assertThat(verdict.phraseCards()).contains(card);
            assertThat(verdict.feeYen()).isZero();
        }
    }

    @ParameterizedTest(name = "stay ends {0} -> extended until {1}")
    @CsvSource({
        "2026-12-31, 2027-02-28",
        "2027-12-31, 2028-02-29",
        "2026-12-30, 2027-02-28",
        "2026-11-30, 2027-01-31",
        "2027-01-31, 2027-03-31",
        "2026-04-30, 2026-06-30",
        "2026-06-30, 2026-08-31",
        "2026-03-15, 2026-05-15",
    })
    void theSpecialExtensionReachesTwoMonthsCountedByTheCivilCode(String stayEnds, LocalDate until) {
        Verdict verdict = Residents.advise("{'stay':'period_of_stay','period_of_stay_ends':'" + stayEnds
            + "','visa_renewal_pending':true,'card':{'expires':'" + stayEnds + "'}}", "2026-03-01");
        assertThat(verdict.specialExtensionUntil()).isEqualTo(until);
        assertThat(verdict.warnings()).contains(Warning.SPECIAL_EXTENSION_AVAILABLE);
        assertThat(verdict.phraseCards()).containsExactly(PhraseCard.SPECIAL_EXTENSION);
        assertThat(verdict.recommendedRoute()).isEqualTo(Route.D);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "card already expired: too late        | 2026-03-01 | 2026-02-28",
        "period of stay already over           | 2026-03-01 | ",
    })
    void noSpecialExtensionOnceTheCardHasEnded(String name, String today, String cardExpires) {
        String card = cardExpires == null ? "{}" : "{'expires':'" + cardExpires + "'}";
        Verdict verdict = Residents.advise("{'stay':'period_of_stay','period_of_stay_ends':'2026-02-28',"
            + "'visa_renewal_pending':true,'card':" + card + "}", today);
        assertThat(verdict.warnings()).doesNotContain(Warning.SPECIAL_EXTENSION_AVAILABLE);
        assertThat(verdict.specialExtensionUntil()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "visa renewed, card shows the old end  | 2026-03-31 | true",
        "visa renewed, card already extended   | 2029-03-31 | false",
    })
    void theCardDoesNotFollowAVisaRenewalByItself(String name, String cardExpires, boolean extend) {
        Verdict verdict = Residents.advise("{'stay':'period_of_stay','period_of_stay_ends':'2029-03-31',"
            + "'visa_renewed_on':'2026-02-20','card':{'expires':'" + cardExpires + "'}}", "2026-03-01");
        assertThat(verdict.warnings().contains(Warning.EXTEND_CARD_AFTER_VISA_RENEWAL)).isEqualTo(extend);
        assertThat(verdict.phraseCards().contains(PhraseCard.EXTEND_AFTER_RENEWAL)).isEqualTo(extend);
    }
}
