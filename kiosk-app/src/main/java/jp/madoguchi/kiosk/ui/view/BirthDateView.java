package jp.madoguchi.kiosk.ui.view;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import jp.madoguchi.kiosk.flow.FlowEvent;
import jp.madoguchi.kiosk.ui.KioskViewModel;
import jp.madoguchi.kiosk.ui.model.ScreenModel;

/**
 * The date of birth on a touch screen without a keyboard: year, month and day as three labelled
 * groups filled in by the large keypad of Latin digits (as on the residence card), then OK.
 */
final class BirthDateView {
    private BirthDateView() {
    }

    static Node build(ScreenModel.BirthDate m, KioskViewModel vm) {
        HBox groups = new HBox(28);
        groups.setAlignment(Pos.CENTER);
        for (int i = 0; i < m.groups().size(); i++) {
            VBox box = new VBox(6, Ui.text(m.labels().get(i), "detail"), DigitPad.digits(m.groups().get(i)));
            box.setAlignment(Pos.CENTER);
            groups.getChildren().add(box);
        }
        return Page.of(m.title(), m.hint(), List.of(DigitPad.build(groups, m.count(), m.refusal(), m.erase(), m.ok(),
            m.complete(), new FlowEvent.ConfirmBirthDate(), vm)), List.of());
    }
}
