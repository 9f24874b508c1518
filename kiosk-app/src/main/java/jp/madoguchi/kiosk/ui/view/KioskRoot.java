package jp.madoguchi.kiosk.ui.view;

import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import jp.madoguchi.kiosk.flow.FlowEvent;
import jp.madoguchi.kiosk.flow.KioskState;
import jp.madoguchi.kiosk.ui.KioskViewModel;
import jp.madoguchi.kiosk.ui.model.ScreenModel;

/**
 * The whole kiosk window: a frame (top bar, content, bottom bar) around the current screen,
 * with the idle warning above everything. Rebuilds the screen when the view model's screen
 * changes; every tap anywhere counts as activity for the idle timer.
 */
public final class KioskRoot extends StackPane {
    private final KioskViewModel vm;
    private final StackPane overlay = new StackPane();

    public KioskRoot(KioskViewModel vm) {
        this.vm = vm;
        getStylesheets().add(KioskRoot.class.getResource("/jp/madoguchi/kiosk/ui/kiosk.css").toExternalForm());
        getStyleClass().add("kiosk");
        // Nothing may draw outside the panel, whatever a long translation does.
        setClip(new javafx.scene.shape.Rectangle(1920, 1080));
        overlay.getStyleClass().add("overlay");
        vm.screen().addListener((obs, old, now) -> render(now));
        vm.idleWarning().addListener((obs, old, now) -> renderWarning(now));
        vm.simulatedMark().addListener((obs, old, now) -> render(vm.screen().get()));
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> vm.send(new FlowEvent.Touch()));
        addEventFilter(javafx.scene.input.TouchEvent.TOUCH_PRESSED, e -> vm.send(new FlowEvent.Touch()));
        render(vm.screen().get());
        renderWarning(vm.idleWarning().get());
    }

    private void render(ScreenModel screen) {
        getStyleClass().removeIf(c -> c.startsWith("lang-"));
        getStyleClass().add("lang-" + screen.chrome().language().code());
        Node content = Screens.build(screen, vm);
        Node page = screen.state() == KioskState.ATTRACT ? content : framed(screen, content);
        getChildren().setAll(page);
        vm.simulatedMark().get().ifPresent(text -> getChildren().add(simulatedMark(text)));
        if (vm.idleWarning().get().isPresent()) {
            getChildren().add(overlay);
        }
    }

    private Node framed(ScreenModel screen, Node content) {
        ScreenModel.Chrome chrome = screen.chrome();
        Label name = Ui.text(chrome.appName(), "app-name");
        HBox top = new HBox(name, Ui.spacer());
        chrome.step().ifPresent(step -> top.getChildren().add(Ui.text(step, "step")));
        top.getStyleClass().add("top-bar");

        HBox bottom = new HBox();
        bottom.getStyleClass().add("bottom-bar");
        if (hasBack(screen.state())) {
            bottom.getChildren().add(Ui.button(chrome.back(), "secondary", () -> vm.send(new FlowEvent.Back())));
        }
        bottom.getChildren().add(Ui.spacer());
        if (screen.state() != KioskState.DONE && screen.state() != KioskState.PRINT) {
            bottom.getChildren().add(Ui.button(chrome.startOver(), "secondary", () -> vm.send(new FlowEvent.StartOver())));
        }
        BorderPane frame = new BorderPane(content, top, null, bottom, null);
        return frame;
    }

    /** On every screen of a kiosk with simulated devices, so nobody mistakes it for a real one; taps pass through. */
    private static Node simulatedMark(String text) {
        Label mark = Ui.text(text, "simulated-mark");
        mark.setMouseTransparent(true);
        StackPane.setAlignment(mark, Pos.TOP_CENTER);
        return mark;
    }

    private static boolean hasBack(KioskState state) {
        return switch (state) {
            case LANGUAGE, NEED, GUIDANCE, SCAN_FORM, PHOTO, CERTIFICATES, BIRTH_DATE, BRAILLE, SUBMIT -> true;
            default -> false;
        };
    }

    private void renderWarning(Optional<ScreenModel.IdleWarning> warning) {
        getChildren().remove(overlay);
        warning.ifPresent(w -> {
            VBox dialog = new VBox(Ui.text(w.title(), "title"), Ui.text(String.valueOf(w.secondsLeft()), "countdown"),
                Ui.text(w.body(), "hint"), Ui.button(w.stay(), "primary", () -> vm.send(new FlowEvent.Touch())));
            dialog.getStyleClass().add("dialog");
            overlay.getChildren().setAll(dialog);
            StackPane.setAlignment(dialog, Pos.CENTER);
            getChildren().add(overlay);
        });
    }
}
