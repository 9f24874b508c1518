package jp.madoguchi.sim.panel;

import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import jp.madoguchi.devices.api.Device;
import jp.madoguchi.devices.api.DeviceStatus;
import jp.madoguchi.devices.api.Subscription;

/**
 * The developers' control panel for `./kiosk sim`: the camera's scene, distance and light; a form
 * QR to the scanner or the camera; every device unplugged, replugged or faulted; the receiver's
 * fault switches; the clock; the devices' recorded calls; and the session saved as a scenario.
 * Every control goes through {@link SimControls}, as the tests do.
 */
public final class SimulatorPanel {
    private SimulatorPanel() {
    }

    /** The panel without recording or clock controls (beside a scenario being played). Call on the JavaFX thread. */
    public static Stage open(List<Device> devices) {
        return open(devices, PanelHooks.none());
    }

    /** Opens the panel for whichever of {@code devices} are simulated. Call on the JavaFX thread. */
    public static Stage open(List<Device> devices, PanelHooks hooks) {
        SimControls controls = new SimControls(devices, hooks.actions());
        Stage stage = new Stage();
        VBox sections = new VBox(8);
        sections.setPadding(new Insets(10));
        hooks.recording().ifPresent(r -> sections.getChildren().add(section("Recording", RecordingControls.of(r, () -> stage))));
        hooks.advanceClock().ifPresent(a -> sections.getChildren().add(section("Clock", ClockControls.of(hooks, a))));
        controls.camera().ifPresent(c -> sections.getChildren().add(device("Camera", "camera", controls, c::status,
            c::onStatus, CameraControls.of(controls))));
        if (controls.scanner().isPresent() || controls.camera().isPresent()) {
            sections.getChildren().add(section("Form QR (to the serial scanner or the camera)", CodeControls.of(controls)));
        }
        controls.scanner().ifPresent(s -> sections.getChildren().add(device("Code scanner (serial)", "scanner", controls,
            s::status, s::onStatus)));
        controls.printer().ifPresent(p -> sections.getChildren().add(device("Printer", "printer", controls, p::status,
            p::onStatus, new FlowPane(6, 6, button("Paper out", () -> controls.printerFault("paper_out")),
                button("Open cover", () -> controls.printerFault("open_cover")),
                button("Jam next job", () -> controls.printerFault("jam_next_job")),
                new Label("jobs land in " + p.folder())))));
        controls.lights().ifPresent(l -> sections.getChildren().add(device("Booth lights", "lights", controls, l::status,
            l::onStatus)));
        controls.gateway().ifPresent(g -> sections.getChildren().add(GatewayControls.section(controls, g)));
        controls.register().ifPresent(r -> sections.getChildren().add(RegisterSection.of(controls, r)));
        sections.getChildren().add(section("Device calls (newest first)", DeviceCalls.of(devices, hooks.clock())));
        stage.setTitle("Madoguchi simulator");
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        stage.setScene(new Scene(scroll, 620, 1050));
        // Beside a 1280x720 kiosk window, so neither hides the other without a window manager.
        stage.setX(1290);
        stage.setY(0);
        stage.show();
        return stage;
    }

    /** A device's section: its status, unplug and replug, then its own controls. */
    private static TitledPane device(String title, String name, SimControls controls, Supplier<DeviceStatus> status,
                                     java.util.function.Function<java.util.function.Consumer<DeviceStatus>, Subscription> onStatus,
                                     Node... more) {
        Label shown = new Label();
        Runnable refresh = () -> shown.setText("Status: " + status.get().condition());
        refresh.run();
        onStatus.apply(s -> Platform.runLater(refresh));
        VBox box = new VBox(6, new FlowPane(6, 6, button("Unplug", () -> controls.plug(name, false)),
            button("Replug", () -> controls.plug(name, true)), shown));
        box.getChildren().addAll(more);
        return section(title, box);
    }

    static TitledPane section(String title, Node content) {
        TitledPane pane = new TitledPane(title, content);
        pane.setCollapsible(false);
        return pane;
    }

    static Button button(String label, Runnable action) {
        Button button = new Button(label);
        button.setOnAction(e -> action.run());
        return button;
    }
}
