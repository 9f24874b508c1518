package jp.madoguchi.kiosk.flow;

import java.time.LocalDate;
import java.util.Optional;
import jp.madoguchi.rules.form.DateOfBirth;

/**
 * The date of birth as the resident types it on the screen's keypad: eight Latin digits, year,
 * month, day. Personal data of the session: erased (digits overwritten) when it ends.
 */
final class BirthDateEntry {
    private final StringBuilder typed = new StringBuilder(DateOfBirth.DIGITS);
    private LocalDate date;
    private DateOfBirth.Refusal refusal;

    void type(int digit) {
        if (typed.length() < DateOfBirth.DIGITS && digit >= 0 && digit <= 9) {
            typed.append((char) ('0' + digit));
            refusal = null;
        }
    }

    void erase() {
        if (typed.length() > 0) {
            typed.setLength(typed.length() - 1);
            refusal = null;
        }
    }

    /** @return whether the typed digits are an acceptable date of birth (else the refusal is shown) */
    boolean confirm(LocalDate today) {
        DateOfBirth.Reading reading = DateOfBirth.read(typed.toString(), today);
        date = reading.date().orElse(null);
        refusal = reading.refusal().orElse(null);
        return date != null;
    }

    Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    FlowSnapshot.BirthDate view() {
        return new FlowSnapshot.BirthDate(typed.toString(), date(), Optional.ofNullable(refusal));
    }

    void wipe() {
        for (int i = 0; i < typed.length(); i++) {
            typed.setCharAt(i, '0');
        }
        typed.setLength(0);
        date = null;
        refusal = null;
    }
}
