package jp.madoguchi.rules.validity;

import java.time.LocalDate;
import jp.madoguchi.rules.data.Evidence;
import jp.madoguchi.rules.eligibility.Stay;

/**
 * The dates a card issued on a given day would carry.
 *
 * @param cardValidUntil         null when the stay (or a period of stay's end) is unknown
 * @param certificatesValidUntil null when no certificates are wanted or the card's end is unknown
 * @param cappedByStay           whether the period of stay cut the card short; null when unknown
 * @param signatureCertificate   false under 15: only the user identification certificate is issued
 */
public record NewCardDates(LocalDate cardValidUntil, LocalDate certificatesValidUntil, int ageAtIssue,
                           Boolean cappedByStay, boolean signatureCertificate) {

    public static NewCardDates of(ValidityRules rules, LocalDate born, LocalDate issued, Stay stay,
                                  LocalDate periodOfStayEnds, boolean withCertificates, Evidence evidence) {
        int age = Birthdays.ageOn(born, issued);
        boolean adult = age >= evidence.use(rules.adultAgeAtIssue());
        int birthdays = evidence.use(adult ? rules.adultCardBirthdays() : rules.minorCardBirthdays());
        LeapDayBirthday leapDay = evidence.use(rules.leapDayBirthday());
        LocalDate byBirthday = Birthdays.nthAfter(born, issued, birthdays, leapDay);

        Boolean stayApplies = rules.cappedByStay(stay, evidence);
        Boolean capped = null;
        LocalDate card = null;
        if (Boolean.FALSE.equals(stayApplies)) {
            capped = false;
            card = byBirthday;
        } else if (Boolean.TRUE.equals(stayApplies) && periodOfStayEnds != null) {
            capped = periodOfStayEnds.isBefore(byBirthday);
            card = capped ? periodOfStayEnds : byBirthday;
        }
        LocalDate certificates = null;
        if (withCertificates && card != null) {
            LocalDate own = Birthdays.nthAfter(born, issued, evidence.use(rules.certificateBirthdays()), leapDay);
            certificates = own.isBefore(card) ? own : card; // never beyond the card
        }
        boolean signature = age >= evidence.use(rules.signatureCertificateMinAge());
        return new NewCardDates(card, certificates, age, capped, signature);
    }
}
