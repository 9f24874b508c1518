package jp.madoguchi.kiosk.scenario;

import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import jp.madoguchi.devices.api.DeviceKind;
import jp.madoguchi.kiosk.ui.KioskStage;
import jp.madoguchi.kiosk.ui.KioskViewModel;
import jp.madoguchi.kiosk.ui.view.KioskRoot;

/**
 * A window that shows each step of a scenario as it is played, with the step in its title, and
 * holds it for a moment so a developer can follow the visit.
 */
public final class ScenarioWindow implements ScenarioRunner.Watcher {
    private static final long HOLD_MS = 700;
    private final Stage stage;
    private KioskViewModel vm;
    private final boolean panel;
    private final java.util.concurrent.CountDownLatch panelClosed = new java.util.concurrent.CountDownLatch(1);

    private ScenarioWindow(Stage stage, boolean panel) {
        this.stage = stage;
        this.panel = panel;
    }

    /** Opens the window; needs a display (throws {@link IllegalStateException} naming the fix otherwise). */
    /** @param panel also open the simulator's panel for the scenario kiosk's devices (status, controls) */
    public static ScenarioWindow open(boolean panel) throws Exception {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // the simulator's window is up already
        } catch (UnsupportedOperationException noDisplay) {
            throw new IllegalStateException("no display to show the scenario on: use --headless, or run under "
                + "xvfb-run -s '-screen 0 1920x1080x24'");
        }
        CompletableFuture<ScenarioWindow> opened = new CompletableFuture<>();
        Platform.runLater(() -> {
            Stage stage = new Stage();
            stage.setTitle("Madoguchi scenario");
            opened.complete(new ScenarioWindow(stage, panel));
        });
        return opened.get();
    }

    @Override
    public void stepDone(ScenarioRunner.StepRecord record, ScenarioKiosk kiosk) {
        Platform.runLater(() -> {
            if (vm == null) {
                vm = new KioskViewModel(e -> { }, record.after(), EnumSet.allOf(DeviceKind.class));
                stage.setScene(new Scene(KioskStage.fitted(new KioskRoot(vm)), 1280, 720));
                stage.setX(0); // beside the panel (which opens at x 1290), as in ./kiosk sim
                stage.setY(0);
                stage.show();
                if (panel) {
                    jp.madoguchi.sim.panel.SimulatorPanel.open(kiosk.devices.all()).setOnHidden(e -> panelClosed.countDown());
                }
            }
            vm.show(record.after());
            record.liveFrame().ifPresent(vm::showLiveFrame);
            stage.setTitle("Madoguchi scenario: step " + record.number() + ", " + record.step().text()
                + (record.passed() ? "" : " (FAILED)"));
        });
        try {
            Thread.sleep(HOLD_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** With the panel, the last screen stays up until the developer closes the panel. */
    public void awaitClosedIfPanel() throws InterruptedException {
        if (panel) {
            panelClosed.await();
        }
    }

    public void close() {
        Platform.runLater(stage::close);
    }
}
