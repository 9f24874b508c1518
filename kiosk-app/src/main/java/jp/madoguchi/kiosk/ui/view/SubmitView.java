package jp.madoguchi.kiosk.ui.view;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import java.util.List;
import jp.madoguchi.kiosk.flow.FlowEvent;
import jp.madoguchi.kiosk.ui.KioskViewModel;
import jp.madoguchi.kiosk.ui.model.ScreenModel;

/** The last look before sending: the form ID, the photo and the certificate choices. */
final class SubmitView {
    private SubmitView() {
    }

    static Node build(ScreenModel.Submit m, KioskViewModel vm) {
        ImageView photo = new ImageView();
        photo.setPreserveRatio(true);
        photo.setFitHeight(360);
        m.photo().map(Ui::toFx).ifPresent(photo::setImage);
        VBox facts = new VBox(16, Ui.text(m.formIdLabel(), "detail"), Ui.text(m.formId(), "big-id"),
            Ui.text(m.certificatesLabel(), "detail"));
        m.certificates().forEach(line -> facts.getChildren().add(Ui.text(line, "hint")));
        HBox.setHgrow(facts, javafx.scene.layout.Priority.ALWAYS);
        HBox card = new HBox(48, photo, facts);
        card.getStyleClass().add("card");
        card.setMaxWidth(1500);
        card.setAlignment(Pos.CENTER_LEFT);
        return Page.of(m.title(), null, List.of(card),
            List.of(Ui.button(m.send(), "primary", () -> vm.send(new FlowEvent.Submit()))));
    }
}
