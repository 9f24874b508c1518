package jp.madoguchi.kiosk.ui.view;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import jp.madoguchi.kiosk.flow.FlowEvent;
import jp.madoguchi.kiosk.ui.KioskViewModel;
import jp.madoguchi.kiosk.ui.model.ScreenModel;

/** Screens that mostly say something: printing, done, and the device fault screen. */
final class MessageViews {
    private MessageViews() {
    }

    static Node printing(ScreenModel.Printing m) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMinSize(160, 160);
        spinner.setPrefSize(160, 160);
        return ChoiceViews.page(m.title(), m.hint(), spinner);
    }

    static Node done(ScreenModel.Done m, KioskViewModel vm) {
        VBox lines = new VBox(20);
        lines.setMaxWidth(1500);
        m.lines().forEach(line -> lines.getChildren().add(Ui.text(line, "hint")));
        m.printProblem().ifPresent(problem -> lines.getChildren().add(Ui.notice(problem)));
        List<Node> actions = new ArrayList<>();
        if (m.printProblem().isPresent()) {
            Button reprint = Ui.button(m.reprint(), "secondary", () -> vm.send(new FlowEvent.Print()));
            reprint.setDisable(!m.reprintEnabled());
            actions.add(reprint);
        }
        actions.add(Ui.button(m.finish(), "primary", () -> vm.send(new FlowEvent.Finish())));
        return Page.of(m.title(), null, List.of(lines), actions);
    }

    static Node sending(ScreenModel.Sending m) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMinSize(160, 160);
        spinner.setPrefSize(160, 160);
        return ChoiceViews.page(m.title(), m.hint(), spinner);
    }

    static Node notSaved(ScreenModel.NotSaved m, KioskViewModel vm) {
        VBox box = new VBox(24, Ui.notice(m.problem()), Ui.text(m.whatNext(), "hint"),
            Ui.button(m.retry(), "secondary", () -> vm.send(new FlowEvent.Submit())));
        box.setMaxWidth(1500);
        return ChoiceViews.page(m.title(), null, box);
    }

    static Node fault(ScreenModel.Fault m, KioskViewModel vm) {
        VBox box = new VBox(24, Ui.notice(m.problem()), Ui.text(m.whatNext(), "hint"));
        box.setMaxWidth(1500);
        return ChoiceViews.page(m.title(), null, box);
    }
}
