package jp.madoguchi.kiosk.ui.view;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
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
        VBox body = new VBox(28, card(m.signature(), signature, m), card(m.userIdentification(), userId, m), proceed);
        body.setAlignment(Pos.TOP_CENTER);
        body.setMaxWidth(1500);
        return ChoiceViews.page(m.title(), m.hint(), body);
    }

    private static Node card(ScreenModel.CertificateChoice choice, BooleanProperty chosen, ScreenModel.Certificates m) {
        Button yes = Ui.button(m.yes(), "choice-toggle", () -> chosen.set(true));
        Button no = Ui.button(m.no(), "choice-toggle", () -> chosen.set(false));
        Runnable mark = () -> {
            // The chosen answer is marked by a thicker border and a check, not by colour alone.
            yes.setText((chosen.get() ? "✔ " : "") + m.yes());
            no.setText((chosen.get() ? "" : "✔ ") + m.no());
            yes.getStyleClass().removeAll("primary");
            no.getStyleClass().removeAll("primary");
            (chosen.get() ? yes : no).getStyleClass().add("primary");
        };
        chosen.addListener((obs, was, now) -> mark.run());
        mark.run();
        VBox text = new VBox(8, Ui.text(choice.label(), "choice-label"), Ui.text(choice.detail(), "detail"));
        text.getChildren().get(0).setStyle("-fx-font-size: 36px; -fx-font-weight: bold;");
        HBox row = new HBox(24, text, Ui.spacer(), yes, no);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("card");
        return row;
    }
}
