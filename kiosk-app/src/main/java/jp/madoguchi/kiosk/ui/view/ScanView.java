package jp.madoguchi.kiosk.ui.view;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import jp.madoguchi.kiosk.flow.FlowEvent;
import jp.madoguchi.kiosk.ui.KioskViewModel;
import jp.madoguchi.kiosk.ui.model.ScreenModel;

/** "Show the QR code": a picture of what to hold up, and why a code was refused, if one was. */
final class ScanView {
    private ScanView() {
    }

    static Node build(ScreenModel.Scan m, KioskViewModel vm) {
        VBox body = new VBox(28, qrPicture(), Ui.text(m.waiting(), "hint"));
        body.setAlignment(Pos.CENTER);
        m.refusal().ifPresent(r -> body.getChildren().add(Ui.notice(r)));
        body.getChildren().add(Ui.button(m.noForm(), "secondary", () -> vm.send(new FlowEvent.NoForm())));
        body.setMaxWidth(1500);
        return ChoiceViews.page(m.title(), m.hint(), body);
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
