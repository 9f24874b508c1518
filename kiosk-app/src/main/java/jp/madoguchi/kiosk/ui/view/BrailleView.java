package jp.madoguchi.kiosk.ui.view;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import jp.madoguchi.kiosk.flow.FlowEvent;
import jp.madoguchi.kiosk.ui.KioskViewModel;
import jp.madoguchi.kiosk.ui.model.ScreenModel;

/** Whether the name is also printed in braille (点字表記): two large answers; a tap answers and goes on. */
final class BrailleView {
    private BrailleView() {
    }

    static Node build(ScreenModel.Braille m, KioskViewModel vm) {
        // the earlier answer (after Back) is marked by a check and the primary style, not by colour alone
        Button yes = Ui.button((m.chosen() ? "✔ " : "") + m.yes(), m.chosen() ? "primary" : "secondary",
            () -> vm.send(new FlowEvent.ChooseBraille(true)));
        Button no = Ui.button((m.chosen() ? "" : "✔ ") + m.no(), m.chosen() ? "secondary" : "primary",
            () -> vm.send(new FlowEvent.ChooseBraille(false)));
        HBox answers = new HBox(48, yes, no);
        answers.setAlignment(Pos.CENTER);
        return ChoiceViews.page(m.title(), m.hint(), answers);
    }
}
