package jp.madoguchi.rules.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every warning code is reachable, and stays silent in the near-miss next to it. */
class WarningCodesTest {
    private static final String POS = "'resident_registered':true,'stay':'period_of_stay'";

    static Stream<Arguments> cases() {
        return Stream.of(
            on(Warning.RENEW_RESIDENCE_CARD_FIRST, "2026-03-01", "{" + POS + ",'period_of_stay_ends':'2026-04-01'}", true),
            on(Warning.RENEW_RESIDENCE_CARD_FIRST, "2026-03-01", "{" + POS + ",'period_of_stay_ends':'2026-04-02'}", false),
            on(Warning.RENEW_RESIDENCE_CARD_FIRST, "2026-03-01", "{'stay':'permanent','period_of_stay_ends':'2026-04-01'}", false),
            on(Warning.VALIDITY_TIED_TO_PERIOD_OF_STAY, "2026-03-01", "{" + POS + ",'period_of_stay_ends':'2027-03-31','date_of_birth':'1995-04-02'}", true),
            on(Warning.VALIDITY_TIED_TO_PERIOD_OF_STAY, "2026-03-01", "{" + POS + ",'period_of_stay_ends':'2040-03-31','date_of_birth':'1995-04-02'}", false),
            on(Warning.VALIDITY_TIED_TO_PERIOD_OF_STAY, "2026-03-01", "{'stay':'permanent','date_of_birth':'1995-04-02'}", false),
            on(Warning.EXTEND_CARD_AFTER_VISA_RENEWAL, "2026-03-01", "{" + POS + ",'period_of_stay_ends':'2029-03-31','visa_renewed_on':'2026-02-20','card':{'expires':'2026-03-31'}}", true),
            on(Warning.EXTEND_CARD_AFTER_VISA_RENEWAL, "2026-03-01", "{'stay':'permanent','visa_renewed_on':'2026-02-20','card':{'expires':'2026-03-31'}}", false),
            on(Warning.SPECIAL_EXTENSION_AVAILABLE, "2026-03-01", "{" + POS + ",'period_of_stay_ends':'2026-03-31','visa_renewal_pending':true,'card':{'expires':'2026-03-31'}}", true),
            on(Warning.SPECIAL_EXTENSION_AVAILABLE, "2026-03-01", "{" + POS + ",'period_of_stay_ends':'2026-03-31','visa_renewal_pending':false,'card':{'expires':'2026-03-31'}}", false),
            on(Warning.ONLINE_IMMIGRATION_LIMIT_IN_SPECIAL_PERIOD, "2026-03-01", "{" + POS + ",'period_of_stay_ends':'2026-03-31','visa_renewal_pending':true,'card':{'expires':'2026-03-31'}}", true),
            on(Warning.ONLINE_IMMIGRATION_LIMIT_IN_SPECIAL_PERIOD, "2025-09-01", "{" + POS + ",'period_of_stay_ends':'2025-11-01','visa_renewal_pending':true,'card':{'expires':'2025-11-01'}}", true),
            on(Warning.ONLINE_IMMIGRATION_LIMIT_IN_SPECIAL_PERIOD, "2025-09-01", "{" + POS + ",'period_of_stay_ends':'2025-10-31','visa_renewal_pending':true,'card':{'expires':'2025-10-31'}}", false),
            on(Warning.RENEWAL_WINDOW_OPEN, "2026-03-01", "{'stay':'permanent','card':{'expires':'2026-05-31'}}", true),
            on(Warning.RENEWAL_WINDOW_OPEN, "2026-03-01", "{'stay':'permanent','card':{'expires':'2026-06-30'}}", false),
            on(Warning.RENEWAL_WINDOW_OPEN, "2026-03-01", "{" + POS + ",'period_of_stay_ends':'2026-05-31','card':{'expires':'2026-05-31'}}", false),
            on(Warning.RENEWAL_WINDOW_OPEN, "2026-05-01", "{" + POS + ",'date_of_birth':'1990-07-07','card':{'expires':'2026-02-01','certificates_expire':'2026-07-07'}}", false),
            on(Warning.SIGNATURE_CERTIFICATE_NEEDS_REISSUE, "2026-03-01", "{'stay':'permanent','card':{'expires':'2031-01-01'},'name_or_address_changed':true}", true),
            on(Warning.SIGNATURE_CERTIFICATE_NEEDS_REISSUE, "2026-03-01", "{'stay':'permanent','date_of_birth':'2015-01-01','card':{'expires':'2031-01-01'},'name_or_address_changed':true}", false),
            on(Warning.SIGNATURE_CERTIFICATE_NEEDS_REISSUE, "2026-03-01", "{'stay':'permanent','card':{'expires':'2031-01-01'},'name_or_address_changed':true,'want_certificates':false}", false),
            on(Warning.FORM_OUTDATED_AFTER_MOVE, "2026-03-01", "{'has_form':true,'form_id_known':true,'moved_since_form':true}", true),
            on(Warning.FORM_OUTDATED_AFTER_MOVE, "2026-03-01", "{'has_form':true,'form_id_known':true,'moved_since_form':false}", false),
            on(Warning.NO_FORM_ASK_COUNTER, "2026-03-01", "{'has_form':false}", true),
            on(Warning.NO_FORM_ASK_COUNTER, "2026-03-01", "{'has_form':true,'form_id_known':false}", true),
            on(Warning.NO_FORM_ASK_COUNTER, "2026-03-01", "{'has_form':true,'form_id_known':true}", false),
            on(Warning.INTEGRATED_CARD_OPTION, "2026-05-01", "{" + POS + ",'period_of_stay_ends':'2026-07-15'}", true),
            on(Warning.INTEGRATED_CARD_OPTION, "2026-07-01", "{" + POS + ",'period_of_stay_ends':'2026-07-01','visa_renewal_pending':true}", true),
            on(Warning.INTEGRATED_CARD_OPTION, "2026-03-01", "{" + POS + ",'period_of_stay_ends':'2026-05-31'}", false),
            on(Warning.INTEGRATED_CARD_OPTION, "2026-03-01", "{" + POS + ",'period_of_stay_ends':'2026-06-20'}", false),
            on(Warning.INTEGRATED_CARD_OPTION, "2026-05-01", "{" + POS + ",'period_of_stay_ends':'2026-05-20','visa_renewal_pending':true}", false),
            on(Warning.INTEGRATED_CARD_OPTION, "2026-07-01", "{'stay':'permanent'}", false),
            on(Warning.NOTICE_IS_NON_FORWARDING, "2026-03-01", "{'resident_registered':true}", true),
            on(Warning.NOTICE_IS_NON_FORWARDING, "2026-03-01", "{'resident_registered':true,'application_submitted':true}", true),
            on(Warning.NOTICE_IS_NON_FORWARDING, "2026-03-01", "{'stay':'permanent','card':{'expires':'2031-01-01'},'name_or_address_changed':true}", false),
            on(Warning.CARD_LAPSED_WITH_PERIOD_OF_STAY, "2026-03-01", "{" + POS + ",'date_of_birth':'1990-07-07','card':{'expires':'2026-02-01'}}", true),
            on(Warning.CARD_LAPSED_WITH_PERIOD_OF_STAY, "2026-03-01", "{" + POS + ",'date_of_birth':'1990-02-01','card':{'expires':'2026-02-01'}}", false),
            on(Warning.CARD_LAPSED_WITH_PERIOD_OF_STAY, "2026-03-01", "{'stay':'permanent','card':{'expires':'2026-02-01'}}", false),
            on(Warning.NO_SIGNATURE_CERTIFICATE_UNDER_15, "2026-03-01", "{'date_of_birth':'2011-03-02'}", true),
            on(Warning.NO_SIGNATURE_CERTIFICATE_UNDER_15, "2026-03-01", "{'date_of_birth':'2011-03-01'}", false),
            on(Warning.NO_SIGNATURE_CERTIFICATE_UNDER_15, "2026-03-01", "{'date_of_birth':'2011-03-02','want_certificates':false}", false));
    }

    @ParameterizedTest(name = "{0} on {1} for {2}: {3}")
    @MethodSource("cases")
    void emittedExactlyWhenItApplies(Warning code, String today, String situation, boolean expected) {
        assertThat(Residents.advise(situation, today).warnings().contains(code)).isEqualTo(expected);
    }

    @Test
    void everyCodeHasACaseThatEmitsIt() {
        Set<Warning> reached = EnumSet.noneOf(Warning.class);
        cases().filter(a -> (boolean) a.get()[3]).forEach(a -> reached.add((Warning) a.get()[0]));
        assertThat(reached).containsExactlyInAnyOrder(Warning.values());
    }

    @Test
    void aBlockedResidentGetsBlockersOnly() {
        Verdict verdict = Residents.advise("{'resident_registered':false,'stay':'period_of_stay','period_of_stay_ends':'2026-03-10',"
            + "'has_form':false,'date_of_birth':'2012-01-01'}", "2026-03-01");
        assertThat(verdict.warnings()).isEmpty();
        assertThat(verdict.phraseCards()).isEmpty();
        assertThat(verdict.newCardValidUntil()).isNull();
    }

    private static Arguments on(Warning code, String today, String situation, boolean expected) {
        return Arguments.of(code, today, situation, expected);
    }
}
