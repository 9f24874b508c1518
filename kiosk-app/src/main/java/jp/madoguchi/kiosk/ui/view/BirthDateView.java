package jp.madoguchi.kiosk.ui.view;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import jp.madoguchi.kiosk.flow.FlowEvent;
import jp.madoguchi.kiosk.ui.KioskViewModel;
import jp.madoguchi.kiosk.ui.model.ScreenModel;

/**
 * The date of birth on a touch screen without a keyboard: year, month and day as three labelled
 * boxes filled in by a large keypad of Latin digits (as on the residence card), then OK.
 */
final class BirthDateView {
    private BirthDateView() {
    }

    static Node build(ScreenModel.BirthDate m, KioskViewModel vm) {
        HBox groups = new HBox(28);
        groups.setAlignment(Pos.CENTER);
        for (int i = 0; i < m.groups().size(); i++) {
            Label digits = Ui.text(m.groups().get(i), "keypad-group");
            digits.setWrapText(false);
            digits.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            VBox box = new VBox(6, Ui.text(m.labels().get(i), "detail"), digits);
            box.setAlignment(Pos.CENTER);
            groups.getChildren().add(box);
        }
        VBox typed = new VBox(24, groups, Ui.text(m.count(), "hint"));
        typed.setAlignment(Pos.CENTER);
        m.refusal().ifPresent(r -> typed.getChildren().add(Ui.notice(r)));
        typed.setPrefWidth(900);
        typed.setMaxWidth(900);
        HBox body = new HBox(60, typed, keys(m, vm));
        body.setAlignment(Pos.CENTER);
        return ChoiceViews.page(m.title(), m.hint(), body);
    }

    private static GridPane keys(ScreenModel.BirthDate m, KioskViewModel vm) {
        GridPane keys = new GridPane();
        keys.setHgap(16);
        keys.setVgap(16);
        keys.setAlignment(Pos.CENTER);
        for (int digit = 1; digit <= 9; digit++) {
            keys.add(key(digit, vm), (digit - 1) % 3, (digit - 1) / 3);
        }
        Button erase = Ui.button(m.erase(), "keypad-key", () -> vm.send(new FlowEvent.EraseDigit()));
        erase.getStyleClass().add("keypad-erase");
        Button ok = Ui.button(m.ok(), "keypad-key", () -> vm.send(new FlowEvent.ConfirmBirthDate()));
        ok.getStyleClass().add(m.complete() ? "keypad-submit" : "keypad-submit-waiting");
        keys.add(erase, 0, 3);
        keys.add(key(0, vm), 1, 3);
        keys.add(ok, 2, 3);
        return keys;
    }

    private static Button key(int digit, KioskViewModel vm) {
        return Ui.button(String.valueOf(digit), "keypad-key", () -> vm.send(new FlowEvent.KeyDigit(digit)));
    }
}
