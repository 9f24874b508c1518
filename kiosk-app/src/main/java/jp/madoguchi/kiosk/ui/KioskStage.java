package jp.madoguchi.kiosk.ui;

import java.util.Set;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Scale;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import jp.madoguchi.devices.api.Camera;
import jp.madoguchi.devices.api.DeviceKind;
import jp.madoguchi.kiosk.flow.Flow;
import jp.madoguchi.kiosk.flow.FlowEvent;
import jp.madoguchi.kiosk.flow.FlowListener;
import jp.madoguchi.kiosk.flow.FlowSnapshot;
import jp.madoguchi.kiosk.staff.StaffInput;
import jp.madoguchi.kiosk.ui.view.KioskRoot;

/**
 * Puts the kiosk on screen: fullscreen, locked down (escape keys and window closing do nothing;
 * only staff leave the kiosk: once signed in to staff mode, Esc, Alt+F4 and closing the window
 * act as "Exit kiosk", audited like it), with the flow's snapshots and the camera's frames
 * delivered to the view model on the JavaFX thread.
 */
public final class KioskStage {
    /** Keys that would leave or disturb a kiosk; swallowed before any control sees them. */
    private static final Set<KeyCode> ESCAPES = Set.of(KeyCode.ESCAPE, KeyCode.F4, KeyCode.F11, KeyCode.TAB,
        KeyCode.WINDOWS, KeyCode.META, KeyCode.CONTEXT_MENU, KeyCode.Q, KeyCode.W);

    public static final double WIDTH = 1920;
    public static final double HEIGHT = 1080;

    private KioskStage() {
    }

    /** Must be called on the JavaFX thread. */
    public static KioskViewModel show(Stage stage, Flow flow, Camera camera, Consumer<FlowEvent> events, boolean fullscreen) {
        return show(stage, flow, camera, events, fullscreen, Set.of());
    }

    /** @param simulated devices that are simulators; every screen then carries a mark saying so */
    public static KioskViewModel show(Stage stage, Flow flow, Camera camera, Consumer<FlowEvent> events, boolean fullscreen,
                                      Set<DeviceKind> simulated) {
        KioskViewModel vm = new KioskViewModel(events, flow.snapshot(), simulated);
        flow.addListener(new FlowListener() {
            @Override
            public void changed(FlowSnapshot snapshot) {
                Platform.runLater(() -> vm.show(snapshot));
            }

            @Override
            public void exitRequested() {
                Platform.runLater(stage::close); // staff chose "Exit kiosk"; the audit record is written
            }
        });
        AtomicBoolean framePending = new AtomicBoolean();
        camera.onFrame(frame -> {
            // Drop frames while the UI is still drawing the last one: live view must never queue up.
            if (framePending.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    framePending.set(false);
                    vm.showLiveFrame(frame.image());
                });
            }
        });
        Scene scene = new Scene(fitted(new KioskRoot(vm)), fullscreen ? 1920 : 1280, fullscreen ? 1080 : 720);
        scene.addEventFilter(KeyEvent.ANY, e -> lockdown(e, vm));
        stage.setScene(scene);
        stage.setTitle("Madoguchi");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setOnCloseRequest(e -> {
            e.consume(); // the window closes once the flow has audited the exit
            if (vm.staffSignedIn()) {
                vm.send(new FlowEvent.Staff(new StaffInput.ExitKiosk()));
            }
        });
        stage.setFullScreen(fullscreen);
        stage.show();
        return vm;
    }

    /**
     * The smallest scale a screen is drawn at: the smallest text in the style sheet (26 px) stays
     * at least 20 px on the panel. Below it, the screen is laid out on a larger logical area instead
     * (content reflows and scrolls) rather than shrinking the text further.
     */
    public static final double MIN_SCALE = 20.0 / 26.0;

    /**
     * Screens are designed for a 1920x1080 panel. On a smaller one the whole screen scales
     * uniformly down to {@link #MIN_SCALE}; past that (1280x800, 1024x768) it keeps that scale and
     * lays out on the logical area the panel then has, which the layouts must hold (the layout
     * audit checks both sizes). A larger panel scales up.
     */
    public static Parent fitted(Region screen) {
        StackPane holder = new StackPane(new Group(screen));
        holder.setStyle("-fx-background-color: black;");
        Scale scale = new Scale(1, 1, 0, 0);
        screen.getTransforms().add(scale);
        Runnable fit = () -> {
            double w = holder.getWidth() > 0 ? holder.getWidth() : WIDTH;
            double h = holder.getHeight() > 0 ? holder.getHeight() : HEIGHT;
            double factor = Math.max(Math.min(w / WIDTH, h / HEIGHT), MIN_SCALE);
            double logicalW = Math.min(WIDTH, w / factor);
            double logicalH = Math.min(HEIGHT, h / factor);
            screen.setMinSize(logicalW, logicalH);
            screen.setPrefSize(logicalW, logicalH);
            screen.setMaxSize(logicalW, logicalH);
            scale.setX(factor);
            scale.setY(factor);
        };
        holder.widthProperty().addListener(o -> fit.run());
        holder.heightProperty().addListener(o -> fit.run());
        fit.run();
        return holder;
    }

    /** Outside staff mode every escape key is swallowed; inside it, Esc and Alt+F4 exit the kiosk. */
    private static void lockdown(KeyEvent e, KioskViewModel vm) {
        if (vm.staffSignedIn()) {
            boolean exit = e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F4 && e.isAltDown();
            if (exit && e.getEventType() == KeyEvent.KEY_PRESSED) {
                vm.send(new FlowEvent.Staff(new StaffInput.ExitKiosk()));
            }
            return;
        }
        if (ESCAPES.contains(e.getCode()) || e.isAltDown() || e.isMetaDown() || e.isControlDown()) {
            e.consume();
        }
    }
}
