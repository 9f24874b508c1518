package jp.madoguchi.kiosk.ui.view;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.madoguchi.kiosk.flow.FlowEvent;
import jp.madoguchi.kiosk.ui.KioskViewModel;
import jp.madoguchi.kiosk.ui.model.ScreenModel;

/** What to do for a need other than applying here: what it means, what to say, what to bring. */
final class GuidanceView {
    private GuidanceView() {
    }

    static Node build(ScreenModel.Guidance m, KioskViewModel vm) {
        VBox phrases = new VBox(10, Ui.text(m.phrasesTitle(), "detail"));
        for (ScreenModel.PhraseLine phrase : m.phrases()) {
            VBox card = new VBox(0, Ui.text(phrase.japanese(), "phrase-ja"), Ui.text(phrase.romaji(), "detail"));
            card.getChildren().get(0).getStyleClass().add("lang-ja");
            phrase.meaning().ifPresent(meaning -> card.getChildren().add(Ui.text(meaning, "detail")));
            card.getStyleClass().add("phrase-card");
            phrases.getChildren().add(card);
        }
        VBox bring = new VBox(8, Ui.text(m.checklistTitle(), "detail"));
        m.checklist().forEach(item -> bring.getChildren().add(Ui.text("•  " + item, "guidance-intro")));
        HBox columns = new HBox(40);
        if (m.phrases().isEmpty()) {
            // Nothing to say at the counter (e.g. pickup): the checklist takes the whole width.
            columns.getChildren().add(bring);
        } else {
            HBox.setHgrow(phrases, Priority.ALWAYS);
            // the checklist keeps a third of the width, so long phrases wrap instead of pushing it out
            bring.prefWidthProperty().bind(columns.widthProperty().multiply(0.36));
            bring.setMinWidth(0);
            phrases.setMinWidth(0);
            columns.getChildren().addAll(phrases, bring);
        }
        VBox.setMargin(columns, new javafx.geometry.Insets(-8, 0, 0, 0));
        columns.setMaxWidth(1700);
        VBox intro = new VBox(Ui.text(m.body(), "guidance-intro"));
        intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        intro.getStyleClass().add("card");
        intro.setMaxWidth(1700);
        HBox.setHgrow(bring, Priority.NEVER);
        return Page.of(m.title(), null, List.of(intro, columns, Ui.text(m.asOf(), "detail")),
            List.of(Ui.button(m.print(), "primary", () -> vm.send(new FlowEvent.Print())),
                Ui.button(m.finish(), "secondary", () -> vm.send(new FlowEvent.Finish()))));
    }
}
