package jp.madoguchi.kiosk.ui.view;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import jp.madoguchi.kiosk.flow.FlowEvent;
import jp.madoguchi.kiosk.ui.KioskViewModel;
import jp.madoguchi.kiosk.ui.model.ScreenModel;

/**
 * "Show the QR code": a picture of what to hold up, and why a code was refused, if one was.
 * For a damaged QR, a large keypad to type the 23 digits in the groups printed on the form.
 */
final class ScanView {
    private ScanView() {
    }

    static Node build(ScreenModel.Scan m, KioskViewModel vm) {
        if (m.keypad().isPresent()) {
            return keypad(m, m.keypad().get(), vm);
        }
        VBox body = new VBox(28, m.byCamera() ? liveView(vm) : qrPicture(), Ui.text(m.waiting(), "hint"));
        body.setAlignment(Pos.CENTER);
        m.refusal().ifPresent(r -> body.getChildren().add(Ui.notice(r)));
        body.setMaxWidth(1500);
        return Page.of(m.title(), m.hint(), List.of(body),
            List.of(Ui.button(m.typeInstead(), "secondary", () -> vm.send(new FlowEvent.TypeFormId())),
                Ui.button(m.noForm(), "secondary", () -> vm.send(new FlowEvent.NoForm()))));
    }

    private static Node keypad(ScreenModel.Scan m, ScreenModel.Keypad k, KioskViewModel vm) {
        HBox groups = new HBox(18);
        groups.setAlignment(Pos.CENTER);
        for (String group : k.groups()) {
            Label digits = new Label(group); // a group is read as one unit: never split it over two lines
            digits.getStyleClass().add("keypad-group");
            digits.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            groups.getChildren().add(digits);
        }
        GridPane keys = new GridPane();
        keys.setHgap(16);
        keys.setVgap(16);
        keys.setAlignment(Pos.CENTER);
        for (int digit = 1; digit <= 9; digit++) {
            keys.add(key(String.valueOf(digit), digit, vm), (digit - 1) % 3, (digit - 1) / 3);
        }
        Button erase = Ui.button(k.erase(), "keypad-key", () -> vm.send(new FlowEvent.EraseDigit()));
        erase.getStyleClass().add("keypad-erase");
        Button submit = Ui.button(k.submit(), "keypad-key", () -> vm.send(new FlowEvent.SubmitTyped()));
        submit.getStyleClass().add(k.complete() ? "keypad-submit" : "keypad-submit-waiting");
        keys.add(key("0", 0, vm), 1, 3);
        // the two word keys take half the pad each: a long word wraps inside a fixed key, never cuts
        // the two word keys share a row under the typed digits: a long word wraps inside its key, never cuts
        HBox words = new HBox(16, erase, submit);
        HBox.setHgrow(erase, javafx.scene.layout.Priority.ALWAYS);
        HBox.setHgrow(submit, javafx.scene.layout.Priority.ALWAYS);
        words.setMaxWidth(620);
        Ui.shareWidth(words);
        keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // typed digits and messages on the left, the keys on the right
        VBox typed = new VBox(24, groups, Ui.text(k.count(), "hint"), words);
        typed.setAlignment(Pos.CENTER);
        m.refusal().ifPresent(r -> typed.getChildren().add(Ui.notice(r)));
        typed.setMaxWidth(900);
        typed.setMinWidth(0);
        HBox.setHgrow(typed, javafx.scene.layout.Priority.ALWAYS);
        HBox body = new HBox(60, typed, keys);
        body.setAlignment(Pos.CENTER);
        return Page.of(k.title(), k.hint(), List.of(body),
            List.of(Ui.button(k.cancel(), "secondary", () -> vm.send(new FlowEvent.Back()))));
    }

    /** What the camera sees, so the resident can aim the form's QR code at it. */
    private static Node liveView(KioskViewModel vm) {
        javafx.scene.image.ImageView live = new javafx.scene.image.ImageView();
        live.setPreserveRatio(true);
        live.setFitHeight(360);
        LiveFrames.show(live, vm.liveFrame());
        javafx.scene.layout.StackPane frame = new javafx.scene.layout.StackPane(live);
        frame.setMinSize(640, 360);
        frame.setMaxSize(640, 360);
        frame.setStyle("-fx-background-color: #1a1a1c; -fx-border-color: #5b6170; -fx-border-width: 2px;");
        return frame;
    }

    private static Button key(String label, int digit, KioskViewModel vm) {
        return Ui.button(label, "keypad-key", () -> vm.send(new FlowEvent.KeyDigit(digit)));
    }

    /** A stylised QR code (three finder squares) so residents know which mark the kiosk means. */
    private static Node qrPicture() {
        GridPane grid = new GridPane();
        int[][] finder = {{0, 0}, {0, 4}, {4, 0}};
        for (int[] f : finder) {
            Rectangle outer = new Rectangle(84, 84, Color.web("#1a1a1c"));
            Rectangle inner = new Rectangle(36, 36, Color.WHITE);
            javafx.scene.layout.StackPane square = new javafx.scene.layout.StackPane(outer, inner);
            grid.add(square, f[1], f[0], 3, 3);
        }
        for (int i = 0; i < 12; i++) {
            grid.add(new Rectangle(26, 26, (i * 7 % 3 == 0) ? Color.web("#1a1a1c") : Color.TRANSPARENT), 3 + i % 4, 3 + i / 4);
        }
        grid.setHgap(2);
        grid.setVgap(2);
        grid.setAlignment(Pos.CENTER);
        grid.setStyle("-fx-background-color: white; -fx-padding: 24px; -fx-border-color: #c9ced8; -fx-border-width: 2px;");
        grid.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        return grid;
    }
}
