package jp.madoguchi.rules.advice;

import java.time.LocalDate;

/**
 * Dates a situation cannot hold, checked against the day of the advice: a date of birth in the
 * future or further back than anyone lives, and a visa renewal that has not happened yet. Each
 * is refused naming the field, like a malformed date: advice computed from them (a card valid
 * until the year 3010, a resident aged -974) would be nonsense presented as fact.
 */
final class SituationDates {
    /** The oldest person on record reached 122; anything beyond is a typing mistake in the year. */
    static final int MAX_AGE_YEARS = 125;

    private SituationDates() {
    }

    static void check(Situation s, LocalDate today) throws SituationException {
        LocalDate born = s.dateOfBirth();
        if (born != null && born.isAfter(today)) {
            throw new SituationException("date_of_birth", born + " is after today (" + today
                + "): a date of birth cannot be in the future");
        }
        if (born != null && born.isBefore(today.minusYears(MAX_AGE_YEARS))) {
            throw new SituationException("date_of_birth", born + " is more than " + MAX_AGE_YEARS
                + " years before today (" + today + "): not a plausible date of birth (check the year)");
        }
        LocalDate renewed = s.visaRenewedOn();
        if (renewed != null && renewed.isAfter(today)) {
            throw new SituationException("visa_renewed_on", renewed + " is after today (" + today
                + "): a renewal that was granted cannot be dated in the future");
        }
        if (renewed != null && born != null && renewed.isBefore(born)) {
            throw new SituationException("visa_renewed_on", renewed + " is before the date of birth (" + born + ")");
        }
    }
}
