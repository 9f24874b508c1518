package jp.madoguchi.kiosk.ui.view;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import jp.madoguchi.kiosk.flow.FlowEvent;
import jp.madoguchi.kiosk.ui.KioskViewModel;
import jp.madoguchi.kiosk.ui.model.ScreenModel;

/** The two choice screens: language, then what the resident came for. */
final class ChoiceViews {
    private ChoiceViews() {
    }

    static Node languages(ScreenModel.Languages m, KioskViewModel vm) {
        TilePane grid = new TilePane(16, 24);
        grid.setPrefColumns(5);
        grid.setAlignment(Pos.CENTER);
        grid.setMaxWidth(1800);
        for (ScreenModel.LanguageChoice choice : m.choices()) {
            Button b = Ui.button(choice.ownName(), "language", () -> vm.send(new FlowEvent.ChooseLanguage(choice.language())));
            // Each name in its own script's font, whatever the current language.
            b.getStyleClass().add("lang-" + choice.language().code());
            if (choice.current()) {
                b.getStyleClass().add("selected");
            }
            grid.getChildren().add(b);
        }
        return page(m.title(), m.hint(), grid);
    }

    static Node needs(ScreenModel.Needs m, KioskViewModel vm) {
        VBox list = new VBox(16);
        list.setAlignment(Pos.TOP_CENTER);
        list.setMaxWidth(1400);
        for (ScreenModel.NeedChoice choice : m.choices()) {
            list.getChildren().add(Ui.choice(choice.label(), choice.detail(), "choice",
                () -> vm.send(new FlowEvent.ChooseNeed(choice.need()))));
        }
        return page(m.title(), null, list);
    }

    /** A page with no actions of its own (the choices are the actions). */
    static VBox page(String title, String hint, Node... body) {
        return Page.of(title, hint, java.util.List.of(body), java.util.List.of());
    }
}
