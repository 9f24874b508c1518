package jp.madoguchi.kiosk.ui.view;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
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
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        overlay.getStyleClass().add("overlay");
        vm.screen().addListener((obs, old, now) -> render(now));
        vm.idleWarning().addListener((obs, old, now) -> renderWarning(now));
        vm.simulatedMark().addListener((obs, old, now) -> render(vm.screen().get()));
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            if (!StaffCorner.contains(e)) {
                vm.send(new FlowEvent.Touch());
            }
        });
        StaffCorner.install(this, vm);
        addEventFilter(javafx.scene.input.TouchEvent.TOUCH_PRESSED, e -> vm.send(new FlowEvent.Touch()));
        render(vm.screen().get());
        renderWarning(vm.idleWarning().get());
    }

    private void render(ScreenModel screen) {
        getStyleClass().removeIf(c -> c.startsWith("lang-"));
        getStyleClass().add("lang-" + screen.chrome().language().code());
        Node content = Screens.build(screen, vm);
        // the attract screen is all one big button; staff screens carry their own staff bar
        Node page = screen.state() == KioskState.STAFF ? content
            : screen.state() == KioskState.ATTRACT ? unframed(screen, content) : framed(screen, content);
        getChildren().setAll(vm.simulatedMark().get().map(text -> withSimulatedMark(text, page)).orElse(page));
        if (vm.idleWarning().get().isPresent()) {
            getChildren().add(overlay);
        }
    }

    private Node framed(ScreenModel screen, Node content) {
        ScreenModel.Chrome chrome = screen.chrome();
        HBox top = new HBox(bar(chrome.appName(), "app-name"), Ui.spacer());
        chrome.step().ifPresent(step -> top.getChildren().add(bar(step, "step")));
        top.getStyleClass().add("top-bar");
        fixedHeight(top);

        HBox bottom = new HBox();
        bottom.getStyleClass().add("bottom-bar");
        if (jp.madoguchi.kiosk.ui.model.ScreenModels.hasBack(screen.state())) {
            bottom.getChildren().add(Ui.button(chrome.back(), "secondary", () -> vm.send(new FlowEvent.Back())));
        }
        bottom.getChildren().addAll(Ui.spacer(), speaker(chrome), Ui.spacer());
        chrome.callStaff().ifPresent(call -> bottom.getChildren().add(
            Ui.button(call, "secondary", () -> vm.send(new FlowEvent.CallStaff()))));
        if (screen.state() != KioskState.DONE && screen.state() != KioskState.PRINT) {
            bottom.getChildren().add(Ui.button(chrome.startOver(), "secondary", () -> vm.send(new FlowEvent.StartOver())));
        }
        fixedHeight(bottom);
        Ui.shareWidth(bottom);
        return new BorderPane(content, top, null, bottom, null);
    }

    /**
     * The speaker button, on every framed screen: reads the screen's title and instruction aloud.
     * Where the language has no voice it says so, in that language, and cannot be pressed.
     */
    /**
     * The speaker button. Where the language has a voice it is the loudspeaker sign alone (read to
     * assistive technology as "Read aloud" in the language): the bottom bar already carries up to
     * three worded buttons, and a fourth label would not fit in the tallest scripts. Where there
     * is no voice, the disabled button says so in words.
     */
    private Node speaker(ScreenModel.Chrome chrome) {
        Button speak = Ui.button(chrome.speak(), "secondary", vm::readAloud);
        speak.getStyleClass().add("speaker");
        speak.setAccessibleText(chrome.speak());
        SVGPath icon = new SVGPath();
        // a loudspeaker with two sound waves (drawn: no font has to carry a speaker emoji)
        icon.setContent("M2 9h5l6-5v16l-6-5H2z M16 8c1.5 1.2 1.5 6.8 0 8 M19 5c3.5 2.5 3.5 11.5 0 14");
        icon.getStyleClass().add("speaker-icon");
        icon.setScaleX(1.5);
        icon.setScaleY(1.5);
        HBox label = chrome.canSpeak() ? new HBox(new Group(icon)) : new HBox(20, new Group(icon), speak.getGraphic());
        label.setAlignment(Pos.CENTER);
        Ui.label(speak, label);
        speak.setDisable(!chrome.canSpeak());
        return speak;
    }

    /** Bar texts stay on one line: the bars have one height on every screen, in every language. */
    private static Node bar(String text, String styleClass) {
        RubyText label = Ui.text(text, styleClass);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** The bars' height comes from the style sheet alone, never from what they hold. */
    private static void fixedHeight(HBox bar) {
        bar.setMinHeight(Region.USE_PREF_SIZE);
        bar.setMaxHeight(Region.USE_PREF_SIZE);
    }

    /** The attract screen is one big "touch to start"; its speaker button sits in the corner, apart from it. */
    private Node unframed(ScreenModel screen, Node content) {
        Node speak = speaker(screen.chrome());
        StackPane.setAlignment(speak, Pos.TOP_RIGHT);
        StackPane.setMargin(speak, new Insets(24));
        return new StackPane(content, speak);
    }

    /**
     * On every screen of a kiosk with simulated devices, so nobody mistakes it for a real one: a
     * strip of its own above the screen, wrapping in long languages, so that it never covers a
     * word of the screen (laid over the top bar it hid the step and the kiosk's name).
     */
    private static Node withSimulatedMark(String text, Node page) {
        RubyText mark = Ui.text(text, "simulated-mark");
        mark.setMouseTransparent(true);
        VBox strip = new VBox(mark);
        strip.setAlignment(Pos.CENTER);
        strip.getStyleClass().add("simulated-strip");
        VBox.setVgrow(page, Priority.ALWAYS);
        return new VBox(strip, page);
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
