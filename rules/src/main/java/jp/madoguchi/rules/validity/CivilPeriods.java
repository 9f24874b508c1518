package jp.madoguchi.rules.validity;

import java.time.LocalDate;

/**
 * Periods counted the way Japanese law counts them (Civil Code arts. 140 and 143), which is not
 * {@link LocalDate#plusMonths}: "2 months from 30 November" ends on 31 January, not 30 January.
 */
public final class CivilPeriods {
    private CivilPeriods() {
    }

    /**
     * The day on which {@code months} months have passed from {@code day}: counting starts the
     * next day (the first day is not counted) and ends the day before the corresponding day, or
     * at the end of the month when that month has no corresponding day.
     */
    public static LocalDate monthsPassedFrom(LocalDate day, int months) {
        LocalDate start = day.plusDays(1);
        LocalDate corresponding = start.plusMonths(months);
        if (corresponding.getDayOfMonth() != start.getDayOfMonth()) {
            return corresponding; // plusMonths clamped: no corresponding day, so the month's last day
        }
        return corresponding.minusDays(1);
    }

    /**
     * The first day of a renewal window that opens "from the day after the date {@code months}
     * before expiry" (満了日の3か月前の翌日), e.g. expiry 2027-03-31 opens on 2027-01-01.
     */
    public static LocalDate windowOpens(LocalDate expiry, int months) {
        return expiry.minusMonths(months).plusDays(1);
    }
}
