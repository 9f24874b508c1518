package jp.madoguchi.kiosk.scenario.record;

import java.util.Optional;
import jp.madoguchi.kiosk.staff.StaffInput;

/** Staff's key presses gathered into one step (a staff ID, a name, a date), letters and digits apart. */
final class StaffKeys {
    private final StringBuilder typed = new StringBuilder();
    private boolean letters;

    /** True if {@code input} was a key and is now gathered (a step of the other kind may be written first: see drain). */
    boolean take(StaffInput input) {
        if (input instanceof StaffInput.Digit d) {
            typed.append(d.digit());
            return true;
        }
        if (input instanceof StaffInput.Letter l) {
            letters = true;
            typed.append(l.letter());
            return true;
        }
        return false;
    }

    /** What was typed since the last step, as it was typed, and forget it (a staff ID for sign-in). */
    String drain() {
        String out = typed.toString();
        typed.setLength(0);
        letters = false;
        return out;
    }

    /** What was typed since the last step as a step ({digits: ...} or {letters: ...}), and forget it. */
    Optional<String> drainStep() {
        Optional<String> step = peekStep();
        drain();
        return step;
    }

    /** The typed keys as a step, still kept; empty when nothing was typed. */
    Optional<String> peekStep() {
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("staff: {" + (letters ? "letters" : "digits") + ": " + YamlText.quoted(typed.toString()) + "}");
    }
}
