package jp.madoguchi.rules.form;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * The applicant's date of birth as the booth route asks it, typed as eight Latin digits
 * (year, month, day of the Western calendar, as on the residence card). It must be a real date,
 * not in the future, and a plausible age for an applicant: a newborn may apply (a parent applies
 * for them), nobody is older than {@link #MAX_AGE}.
 */
public final class DateOfBirth {
    public static final int DIGITS = 8;
    /** Older than any living person: a date before this is a typing mistake. */
    public static final int MAX_AGE = 120;

    /** Why typed digits are not a date of birth; each has a translated message ("birth.refusal.&lt;code&gt;"). */
    public enum Refusal {
        INCOMPLETE("incomplete"),
        NOT_A_DATE("not_a_date"),
        IN_THE_FUTURE("in_the_future"),
        TOO_OLD("too_old");

        private final String code;

        Refusal(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** Either the date, or why not. */
    public record Reading(Optional<LocalDate> date, Optional<Refusal> refusal) {
        static Reading accepted(LocalDate date) {
            return new Reading(Optional.of(date), Optional.empty());
        }

        static Reading refused(Refusal refusal) {
            return new Reading(Optional.empty(), Optional.of(refusal));
        }
    }

    private DateOfBirth() {
    }

    /** @param digits YYYYMMDD; {@code today} in Japan (the kiosk's clock) */
    public static Reading read(String digits, LocalDate today) {
        if (digits == null || digits.length() != DIGITS || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Reading.refused(Refusal.INCOMPLETE);
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                Integer.parseInt(digits.substring(6, 8)));
        } catch (DateTimeException e) {
            return Reading.refused(Refusal.NOT_A_DATE);
        }
        if (date.isAfter(today)) {
            return Reading.refused(Refusal.IN_THE_FUTURE);
        }
        if (Period.between(date, today).getYears() > MAX_AGE) {
            return Reading.refused(Refusal.TOO_OLD);
        }
        return Reading.accepted(date);
    }
}
