package jp.madoguchi.kiosk.ui.view;

import javafx.scene.Node;
import javafx.scene.layout.VBox;
import jp.madoguchi.kiosk.flow.FlowEvent;
import jp.madoguchi.kiosk.ui.KioskViewModel;
import jp.madoguchi.kiosk.ui.model.ScreenModel;

/** The resident's waiting screen after "Call staff": what happens now, and a way to stop waiting. */
final class CallView {
    private CallView() {
    }

    static Node build(ScreenModel.CallWaiting m, KioskViewModel vm) {
        VBox body = new VBox(32, Ui.text(m.body(), "hint"),
            Ui.button(m.cancel(), "secondary", () -> vm.send(new FlowEvent.CancelCall())));
        body.setMaxWidth(1400);
        return ChoiceViews.page(m.title(), null, body);
    }
}
