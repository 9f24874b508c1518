package jp.madoguchi.rules.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import jp.madoguchi.rules.RuleBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the resident is told to pay, in every fee case. */
class FeeCasesTest {

    @ParameterizedTest(name = "{0}: {2} yen")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "first issuance                     | {'resident_registered':true}                                                     | 0",
        "renewal: card expired on its own   | {'stay':'permanent','card':{'expires':'2026-02-01'}}                             | 0",
        "renewal: window open               | {'stay':'permanent','card':{'expires':'2026-04-30'}}                             | 0",
        "lost card, with certificates       | {'card_lost_or_damaged':true}                                                    | 1000",
        "damaged card, certificates unknown | {'card_lost_or_damaged':true,'want_certificates':null}                           | 1000",
        "lost card, no certificates         | {'card_lost_or_damaged':true,'want_certificates':false}                          | 800",
        "lapsed with the period of stay     | {'stay':'period_of_stay','period_of_stay_ends':'2029-02-01','visa_renewed_on':'2026-01-15','card':{'expires':'2026-02-01'}} | 1000",
        "lapsed, no certificates            | {'stay':'period_of_stay','date_of_birth':'1990-07-07','card':{'expires':'2026-02-01'},'want_certificates':false} | 800",
        "extension after a visa renewal     | {'stay':'period_of_stay','period_of_stay_ends':'2029-02-01','visa_renewed_on':'2026-02-15','card':{'expires':'2026-04-01'}} | 0",
        "special extension                  | {'stay':'period_of_stay','period_of_stay_ends':'2026-04-01','visa_renewal_pending':true,'card':{'expires':'2026-04-01'}} | 0",
        "certificate renewal                | {'stay':'permanent','card':{'expires':'2031-01-01','certificates_expire':'2026-04-01'}} | 0",
        "signature certificate after a move | {'stay':'permanent','card':{'expires':'2031-01-01'},'name_or_address_changed':true} | 0",
        "not on the resident register       | {'resident_registered':false}                                                    | -",
    })
    void feeForEachCase(String name, String situation, Integer fee) {
        assertThat(Residents.advise(situation, "2026-03-01").feeYen()).isEqualTo(fee);
    }

    @Test
    void aMunicipalFeeOverrideReachesTheVerdict() throws Exception {
        RuleBook book = RuleBook.load(Map.of("fees.card_reissue_yen", "1000", "fees.certificates_reissue_yen", "300"));
        String verdict = new AdviceService(book, "osaka").adviseJson("{\"card_lost_or_damaged\": true}", LocalDate.of(2026, 3, 1));
        assertThat(verdict).contains("\"fee_yen\":1300").contains("local configuration (fees.card_reissue_yen)");
    }
}
