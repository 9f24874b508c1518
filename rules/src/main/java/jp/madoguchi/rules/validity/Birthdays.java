package jp.madoguchi.rules.validity;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.Year;

/** Birthday arithmetic for card validity: "the n-th birthday after the issue date". */
public final class Birthdays {
    private Birthdays() {
    }

    /** The birthday of someone born on {@code born} in {@code year}, 29 February resolved by {@code leapDay}. */
    public static LocalDate in(int year, LocalDate born, LeapDayBirthday leapDay) {
        boolean leapDayBirth = born.getMonth() == Month.FEBRUARY && born.getDayOfMonth() == 29;
        if (leapDayBirth && !Year.isLeap(year)) {
            return leapDay == LeapDayBirthday.FEB_28 ? LocalDate.of(year, 2, 28) : LocalDate.of(year, 3, 1);
        }
        return born.withYear(year);
    }

    /** The n-th birthday strictly after {@code issued}: a birthday on the issue date does not count. */
    public static LocalDate nthAfter(LocalDate born, LocalDate issued, int n, LeapDayBirthday leapDay) {
        int year = issued.getYear();
        if (!in(year, born, leapDay).isAfter(issued)) {
            year++;
        }
        return in(year + n - 1, born, leapDay);
    }

    public static boolean isBirthday(LocalDate born, LocalDate day, LeapDayBirthday leapDay) {
        return in(day.getYear(), born, leapDay).equals(day);
    }

    /**
     * Age on a day under the Age Calculation Act: one year older from the birthday on, and for a
     * 29 February birth from 1 March in common years (the year ends at the close of 28 February).
     * The deemed birthday above moves validity dates only, not age.
     */
    public static int ageOn(LocalDate born, LocalDate day) {
        return Period.between(born, day).getYears();
    }
}
