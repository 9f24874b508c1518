package jp.madoguchi.rules.advice;

import static org.assertj.core.api.Assertions.assertThat;

import jp.madoguchi.rules.eligibility.Blocker;
import jp.madoguchi.rules.phrases.PhraseCard;
import jp.madoguchi.rules.routes.ChecklistItem;
import jp.madoguchi.rules.routes.Route;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which route the resident is sent to, and the cards and checklist they take away. */
class RoutesAndHandoutsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // case               | situation                                                  | route | open    | phrase cards                        | checklist
        "form with its ID     | {'has_form':true,'form_id_known':true}                     | C     | A B C D | APPLY                               | ",
        "ID known, form lost  | {'has_form':false,'form_id_known':true}                    | C     | A B C D | APPLY                               | ",
        "no form              | {'has_form':false}                                         | D     | B D     | APPLY LOST_FORM_REISSUE COUNTER_HELP | IDENTITY_DOCUMENT RESIDENCE_CARD",
        "form without ID      | {'has_form':true,'form_id_known':false}                    | D     | B D     | APPLY LOST_FORM_REISSUE COUNTER_HELP | IDENTITY_DOCUMENT RESIDENCE_CARD",
        "form from before move| {'has_form':true,'form_id_known':true,'moved_since_form':true} | D | B D     | APPLY COUNTER_HELP                  | IDENTITY_DOCUMENT RESIDENCE_CARD",
        "form state unknown   | {'resident_registered':true}                               | B     | A B C D | APPLY                               | HANDWRITTEN_FORM PRINTED_PHOTO",
        "special permanent    | {'stay':'special_permanent','has_form':false}              | D     | B D     | APPLY LOST_FORM_REISSUE COUNTER_HELP | IDENTITY_DOCUMENT SPECIAL_PERMANENT_RESIDENT_CERTIFICATE",
        "lost card            | {'card_lost_or_damaged':true}                              | D     | B D     | APPLY LOST_FORM_REISSUE COUNTER_HELP | IDENTITY_DOCUMENT RESIDENCE_CARD REISSUE_FEE",
        "lost card, new form  | {'card_lost_or_damaged':true,'form_id_known':true}         | C     | A B C D | APPLY                               | ",
        "visa renewed         | {'stay':'period_of_stay','visa_renewed_on':'2026-02-01','card':{}} | D | D  | EXTEND_AFTER_RENEWAL                | MY_NUMBER_CARD NEW_RESIDENCE_CARD KNOW_CARD_PINS",
        "renewal pending      | {'stay':'period_of_stay','visa_renewal_pending':true,'card':{}}    | D | D  | SPECIAL_EXTENSION                   | MY_NUMBER_CARD PROOF_OF_PENDING_RENEWAL KNOW_CARD_PINS",
        "moved, card kept     | {'stay':'permanent','card':{},'name_or_address_changed':true}      | D | D  | RENEW_CERTIFICATES                  | MY_NUMBER_CARD EXPIRY_NOTICE_IF_RECEIVED KNOW_CARD_PINS",
        "applied, Shinjuku    | {'application_submitted':true}                             |       |         |                                     | RESERVE_PICKUP ISSUANCE_NOTICE IDENTITY_DOCUMENT RESIDENCE_CARD DECIDE_PINS",
        "applied, Fukuoka     | {'application_submitted':true,'municipality':'fukuoka'}    |       |         |                                     | ISSUANCE_NOTICE IDENTITY_DOCUMENT RESIDENCE_CARD DECIDE_PINS",
        "valid card, nothing due | {'stay':'permanent','card':{'expires':'2031-01-01'}}    |       |         |                                     | ",
    })
    void routeCardsAndChecklist(String name, String situation, Route route, String open, String cards, String checklist) {
        Verdict verdict = Residents.advise(situation, "2026-03-01");
        assertThat(verdict.recommendedRoute()).isEqualTo(route);
        assertThat(verdict.openRoutes()).containsExactlyElementsOf(Residents.codes(open, Route::valueOf));
        assertThat(verdict.phraseCards()).containsExactlyElementsOf(Residents.codes(cards, PhraseCard::valueOf));
        assertThat(verdict.checklist()).containsExactlyElementsOf(Residents.codes(checklist, ChecklistItem::valueOf));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not registered        | {'resident_registered':false}                      | NOT_ON_RESIDENT_REGISTER",
        "tourist               | {'stay':'short_term'}                              | SHORT_TERM_VISITOR",
        "both                  | {'resident_registered':false,'stay':'short_term'}  | NOT_ON_RESIDENT_REGISTER SHORT_TERM_VISITOR",
    })
    void blockersCloseEveryRoute(String name, String situation, String blockers) {
        Verdict verdict = Residents.advise(situation, "2026-03-01");
        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.blockers()).containsExactlyElementsOf(Residents.codes(blockers, Blocker::valueOf));
        assertThat(verdict.recommendedRoute()).isNull();
        assertThat(verdict.openRoutes()).isEmpty();
        assertThat(verdict.feeYen()).isNull();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"true, true", "-, -"})
    void eligibleOnlyWhenRegistrationIsConfirmed(Boolean registered, Boolean eligible) {
        Verdict verdict = Residents.advise("{'resident_registered':" + registered + "}", "2026-03-01");
        assertThat(verdict.eligible()).isEqualTo(eligible);
        assertThat(verdict.blockers()).isEmpty();
    }
}
