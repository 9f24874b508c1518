package jp.madoguchi.kiosk.ui.view;

import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import jp.madoguchi.kiosk.flow.FlowEvent;
import jp.madoguchi.kiosk.ui.KioskViewModel;

/**
 * The large keypad of Latin digits (as printed on the form and the residence card) with its two
 * word keys, Erase and OK, under what was typed: one layout for the form ID on the scan screen and
 * the date of birth, so both hold in every language the same way.
 */
final class DigitPad {
    private DigitPad() {
    }

    /**
     * @param typed    what was typed so far, laid out by the caller (groups as printed on paper)
     * @param count    "n of m digits"
     * @param refusal  why the typed digits were not accepted, if they were not
     * @param complete whether OK may be pressed (it looks waiting otherwise)
     * @param onOk     the event OK sends
     */
    static HBox build(Node typed, String count, Optional<String> refusal, String erase, String ok, boolean complete,
                      FlowEvent onOk, KioskViewModel vm) {
        GridPane keys = new GridPane();
        keys.setHgap(16);
        keys.setVgap(16);
        keys.setAlignment(Pos.CENTER);
        for (int digit = 1; digit <= 9; digit++) {
            keys.add(key(digit, vm), (digit - 1) % 3, (digit - 1) / 3);
        }
        keys.add(key(0, vm), 1, 3);
        keys.setMinWidth(Region.USE_PREF_SIZE);
        Button eraseKey = Ui.button(erase, "keypad-key", () -> vm.send(new FlowEvent.EraseDigit()));
        eraseKey.getStyleClass().add("keypad-erase");
        Button okKey = Ui.button(ok, "keypad-key", () -> vm.send(onOk));
        okKey.getStyleClass().add(complete ? "keypad-submit" : "keypad-submit-waiting");
        // the two word keys share a row under the typed digits: a long word wraps inside its key, never cuts
        HBox words = new HBox(16, eraseKey, okKey);
        HBox.setHgrow(eraseKey, Priority.ALWAYS);
        HBox.setHgrow(okKey, Priority.ALWAYS);
        words.setMaxWidth(620);
        Ui.shareWidth(words);
        VBox left = new VBox(24, typed, Ui.text(count, "hint"), words);
        left.setAlignment(Pos.CENTER);
        refusal.ifPresent(r -> left.getChildren().add(Ui.notice(r)));
        left.setMaxWidth(900);
        left.setMinWidth(0);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox body = new HBox(60, left, keys);
        body.setAlignment(Pos.CENTER);
        return body;
    }

    /** A group of typed digits, read as one unit: never split over two lines. */
    static Label digits(String group) {
        Label digits = new Label(group);
        digits.getStyleClass().add("keypad-group");
        digits.setMinWidth(Region.USE_PREF_SIZE);
        return digits;
    }

    private static Button key(int digit, KioskViewModel vm) {
        return Ui.button(String.valueOf(digit), "keypad-key", () -> vm.send(new FlowEvent.KeyDigit(digit)));
    }
}
