package jp.madoguchi.kiosk.ui.view;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import jp.madoguchi.kiosk.flow.FlowEvent;
import jp.madoguchi.kiosk.ui.KioskViewModel;
import jp.madoguchi.kiosk.ui.model.ScreenModel;

/** The screen passers-by see: what the kiosk does, and "touch to start" in every language. */
final class AttractView {
    private AttractView() {
    }

    static Node build(ScreenModel.Attract m, KioskViewModel vm) {
        FlowPane touch = new FlowPane(40, 8);
        touch.setAlignment(Pos.CENTER);
        touch.setMaxWidth(1600);
        m.touchInEveryLanguage().forEach(t -> touch.getChildren().add(Ui.text(t, "attract-touch")));
        // spacers share the free height; the fixed gaps stay small, so that long languages and a
        // development kiosk's "simulated devices" strip still fit the smaller panel
        VBox page = new VBox(12, Ui.spacer(), Ui.text(m.chrome().appName() + "  窓口", "attract-subtitle"),
            Ui.text(m.title(), "attract-title"), Ui.text(m.subtitle(), "attract-subtitle"), Ui.spacer(), touch, Ui.spacer());
        page.setAlignment(Pos.CENTER);
        page.getStyleClass().add("attract");
        page.setOnMouseClicked(e -> vm.send(new FlowEvent.Begin()));
        return page;
    }
}
