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
        k.groups().forEach(group -> groups.getChildren().add(DigitPad.digits(group)));
        return Page.of(k.title(), k.hint(), List.of(DigitPad.build(groups, k.count(), m.refusal(), k.erase(), k.submit(),
                k.complete(), new FlowEvent.SubmitTyped(), vm)),
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
