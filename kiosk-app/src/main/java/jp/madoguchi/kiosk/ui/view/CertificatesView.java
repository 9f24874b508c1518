package jp.madoguchi.kiosk.ui.view;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import jp.madoguchi.kiosk.flow.FlowEvent;
import jp.madoguchi.kiosk.ui.KioskViewModel;
import jp.madoguchi.kiosk.ui.model.ScreenModel;

/** The two electronic certificates, each a clear yes/no, then continue. */
final class CertificatesView {
    private CertificatesView() {
    }

    static Node build(ScreenModel.Certificates m, KioskViewModel vm) {
        BooleanProperty signature = new SimpleBooleanProperty(m.signature().chosen());
        BooleanProperty userId = new SimpleBooleanProperty(m.userIdentification().chosen());
        Button proceed = Ui.button(m.proceed(), "primary",
            () -> vm.send(new FlowEvent.ChooseCertificates(signature.get(), userId.get())));
        VBox body = new VBox(28, card(m.signature(), signature, m), card(m.userIdentification(), userId, m));
        body.setAlignment(Pos.TOP_CENTER);
        body.setMaxWidth(1500);
        return Page.of(m.title(), m.hint(), List.of(body), List.of(proceed));
    }

    private static Node card(ScreenModel.CertificateChoice choice, BooleanProperty chosen, ScreenModel.Certificates m) {
        Button yes = Ui.button(m.yes(), "choice-toggle", () -> chosen.set(true));
        Button no = Ui.button(m.no(), "choice-toggle", () -> chosen.set(false));
        Label yesMark = checkMark(yes, m.yes());
        Label noMark = checkMark(no, m.no());
        Runnable mark = () -> {
            // The chosen answer is marked by a check and a filled button, not by colour alone.
            yesMark.setVisible(chosen.get());
            noMark.setVisible(!chosen.get());
            yes.getStyleClass().removeAll("primary");
            no.getStyleClass().removeAll("primary");
            (chosen.get() ? yes : no).getStyleClass().add("primary");
        };
        chosen.addListener((obs, was, now) -> mark.run());
        mark.run();
        VBox text = new VBox(8, Ui.text(choice.label(), "card-label"), Ui.text(choice.detail(), "detail"));
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(24, text, yes, no);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("card");
        return row;
    }

    /**
     * The check is its own node beside the words, so it can never wrap onto a line of its own; it
     * keeps its place while hidden, so choosing does not resize the buttons.
     */
    private static Label checkMark(Button button, String words) {
        Label check = new Label("\u2714");
        check.getStyleClass().add("check-mark");
        check.setMinWidth(Region.USE_PREF_SIZE);
        HBox label = new HBox(12, check, Ui.text(words, "toggle-text"));
        label.setAlignment(Pos.CENTER_LEFT);
        Ui.label(button, label);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return check;
    }
}
