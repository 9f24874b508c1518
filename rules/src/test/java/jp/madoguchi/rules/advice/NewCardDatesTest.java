package jp.madoguchi.rules.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dates printed on a card issued "today", as the resident reads them off the verdict. */
class NewCardDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // case                                     | today      | born       | stay                           | stay ends  | card until | certificates until
        "birthday on the issue date does not count  | 2026-04-02 | 1995-04-02 | permanent                      | -          | 2036-04-02 | 2031-04-02",
        "issued the day before the birthday         | 2026-04-01 | 1995-04-02 | permanent                      | -          | 2035-04-02 | 2030-04-02",
        "issued the day after the birthday          | 2026-04-03 | 1995-04-02 | permanent                      | -          | 2036-04-02 | 2031-04-02",
        "14 at issue: 5th birthday                  | 2026-03-01 | 2011-06-15 | permanent                      | -          | 2030-06-15 | 2030-06-15",
        "15 at issue: 5th birthday                  | 2026-03-01 | 2011-01-10 | permanent                      | -          | 2031-01-10 | 2031-01-10",
        "17 at issue: 5th birthday                  | 2026-03-01 | 2008-05-20 | permanent                      | -          | 2030-05-20 | 2030-05-20",
        "17 until the 18th birthday itself          | 2026-03-01 | 2008-03-02 | permanent                      | -          | 2030-03-02 | 2030-03-02",
        "18 on the issue date: 10th birthday        | 2026-03-01 | 2008-03-01 | permanent                      | -          | 2036-03-01 | 2031-03-01",
        "period of stay ends first                  | 2026-03-01 | 1995-04-02 | period_of_stay                 | 2027-03-31 | 2027-03-31 | 2027-03-31",
        "period of stay between the two birthdays   | 2026-03-01 | 1995-04-02 | period_of_stay                 | 2032-06-30 | 2032-06-30 | 2030-04-02",
        "period of stay ends after the 10th birthday| 2026-03-01 | 1995-04-02 | period_of_stay                 | 2040-01-01 | 2035-04-02 | 2030-04-02",
        "HSP (ii) is not capped                     | 2026-03-01 | 1995-04-02 | highly_skilled_professional_ii | 2027-03-31 | 2035-04-02 | 2030-04-02",
        "special permanent is not capped            | 2026-03-01 | 1995-04-02 | special_permanent              | 2027-03-31 | 2035-04-02 | 2030-04-02",
        "unknown stay: no date promised             | 2026-03-01 | 1995-04-02 | -                              | -          | -          | -",
        "period of stay with unknown end            | 2026-03-01 | 1995-04-02 | period_of_stay                 | -          | -          | -",
        "29 Feb, 17 on 28 Feb of a common year      | 2026-02-28 | 2008-02-29 | permanent                      | -          | 2031-02-28 | 2031-02-28",
        "29 Feb, 18 from 1 March                    | 2026-03-01 | 2008-02-29 | permanent                      | -          | 2036-02-29 | 2031-02-28",
        "29 Feb, issued on 29 Feb                   | 2028-02-29 | 2000-02-29 | permanent                      | -          | 2038-02-28 | 2033-02-28",
        "29 Feb, issued on the deemed 28 Feb        | 2027-02-28 | 2000-02-29 | permanent                      | -          | 2037-02-28 | 2032-02-29",
    })
    void newCardDates(String name, String today, String born, String stay, String stayEnds,
                      LocalDate cardUntil, LocalDate certificatesUntil) {
        Verdict verdict = Residents.advise("{'date_of_birth':'" + born + "'"
            + (stay == null ? "" : ",'stay':'" + stay + "'")
            + (stayEnds == null ? "" : ",'period_of_stay_ends':'" + stayEnds + "'") + "}", today);
        assertThat(verdict.newCardValidUntil()).as("card").isEqualTo(cardUntil);
        assertThat(verdict.certificatesValidUntil()).as("certificates").isEqualTo(certificatesUntil);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"false, -", "true, 2031-04-02", "-, 2031-04-02"})
    void certificatesOnlyWhenNotDeclined(Boolean want, LocalDate certificatesUntil) {
        Verdict verdict = Residents.advise("{'date_of_birth':'1995-04-02','stay':'permanent','want_certificates':"
            + want + "}", "2026-04-02");
        assertThat(verdict.newCardValidUntil()).isEqualTo(LocalDate.of(2036, 4, 2));
        assertThat(verdict.certificatesValidUntil()).isEqualTo(certificatesUntil);
    }
}
