package jp.madoguchi.kiosk.scenario.record;

import java.util.Locale;
import java.util.Optional;
import jp.madoguchi.kiosk.scenario.StaffButtons;
import jp.madoguchi.kiosk.staff.StaffInput;

/** Staff's input in a scenario file's words, except the keys (the recorder gathers those into one step). */
final class StaffWords {
    private StaffWords() {
    }

    static Optional<String> of(StaffInput input) {
        String word;
        if (input instanceof StaffInput.Open o) {
            word = "{open: " + o.page().name().toLowerCase(Locale.ROOT) + "}";
        } else if (input instanceof StaffInput.Focus f) {
            word = "{focus: " + f.field().name().toLowerCase(Locale.ROOT) + "}";
        } else if (input instanceof StaffInput.Choose c) {
            word = "{choose: " + c.index() + "}";
        } else if (input instanceof StaffInput.CardChecked c) {
            word = "{card_checked: " + TapWords.yesNo(c.checked()) + "}";
        } else if (input instanceof StaffInput.FormLanguage l) {
            word = "{form_language: " + l.code() + "}";
        } else {
            return StaffButtons.word(input).map(w -> "staff: " + w); // keys are gathered by the recorder
        }
        return Optional.of("staff: " + word);
    }
}
