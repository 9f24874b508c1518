package jp.madoguchi.sim.panel;

import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import jp.madoguchi.devices.api.Device;
import jp.madoguchi.sim.device.SimCamera;
import jp.madoguchi.sim.device.SimCodeScanner;
import jp.madoguchi.sim.device.SimLights;
import jp.madoguchi.sim.device.SimPrinter;
import jp.madoguchi.sim.device.SimRegister;
import jp.madoguchi.sim.device.SimulatedDevice;

/**
 * The developers' control panel for `./kiosk sim`: present a QR payload, choose the face the
 * camera sees, unplug and replug each device, run the printer out of paper. It drives the same
 * controls the tests use, and shows each device's live status.
 */
public final class SimulatorPanel {
    private SimulatorPanel() {
    }

    /** Opens the panel for whichever of {@code devices} are simulated. Call on the JavaFX thread. */
    public static Stage open(List<Device> devices) {
        VBox sections = new VBox(8);
        sections.setPadding(new Insets(12));
        for (Device device : devices) {
            if (device instanceof SimCodeScanner scanner) {
                sections.getChildren().add(section("Code scanner", scannerControls(scanner), scanner));
            } else if (device instanceof SimCamera camera) {
                sections.getChildren().add(section("Camera", cameraControls(camera), camera));
            } else if (device instanceof SimPrinter printer) {
                sections.getChildren().add(section("Printer", printerControls(printer), printer));
            } else if (device instanceof SimLights lights) {
                sections.getChildren().add(section("Booth lights", lightsControls(lights), lights));
            } else if (device instanceof jp.madoguchi.sim.gateway.SimulatedGatewayLink gateway) {
                sections.getChildren().add(GatewayControls.section(gateway));
            } else if (device instanceof SimRegister register) {
                sections.getChildren().add(registerSection(register));
            }
        }
        Stage stage = new Stage();
        stage.setTitle("Madoguchi simulator");
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(sections);
        scroll.setFitToWidth(true);
        stage.setScene(new Scene(scroll, 620, 900));
        // Beside a 1280x720 kiosk window, so neither hides the other without a window manager.
        stage.setX(1290);
        stage.setY(0);
        stage.show();
        return stage;
    }

    private static TitledPane section(String title, VBox controls, SimulatedDevice device) {
        Label status = new Label();
        Runnable refresh = () -> status.setText("Status: " + device.status().condition());
        refresh.run();
        device.onStatus(s -> Platform.runLater(refresh));
        HBox plug = new HBox(6, button("Unplug", device::unplug), button("Replug", device::replug), status);
        controls.getChildren().add(0, plug);
        controls.setSpacing(6);
        TitledPane pane = new TitledPane(title, controls);
        pane.setCollapsible(false);
        return pane;
    }

    private static VBox scannerControls(SimCodeScanner scanner) {
        TextField payload = new TextField();
        payload.setPromptText("QR payload, e.g. 23 digits or a URL");
        Label result = new Label();
        Runnable present = () -> result.setText(scanner.present(payload.getText()) ? "read" : "ignored (not armed or unplugged)");
        HBox presets = new HBox(6,
            preset(payload, "Valid form ID", SamplePayloads.validFormId()),
            preset(payload, "URL", SamplePayloads.formUrl()),
            preset(payload, "My Number", SamplePayloads.individualNumber()),
            preset(payload, "Too short", "1234567890"),
            preset(payload, "Staff badge 0042", SamplePayloads.staffBadge("0042")));
        // the same code after line noise and a cut frame, CR LF terminated: the framing must still read it once
        Runnable noisy = () -> result.setText(scanner.transmit(SamplePayloads.afterLineNoise(payload.getText()))
            + " code(s) read from the noisy wire");
        return new VBox(payload, presets,
            new HBox(6, button("Present to scanner", present), button("Send after line noise", noisy), result));
    }

    private static Button preset(TextField target, String label, String payload) {
        return button(label, () -> target.setText(payload));
    }

    private static VBox cameraControls(SimCamera camera) {
        ComboBox<String> faces = new ComboBox<>();
        faces.getItems().setAll(camera.faces().names());
        faces.setValue(camera.sceneName());
        faces.setOnAction(e -> camera.show(faces.getValue()));
        faces.setMaxWidth(Double.MAX_VALUE);
        // for a kiosk that reads the form through its camera (scanner.provider=camera)
        Button form = button("Hold a form QR up to it", () -> camera.show("form QR", FormPicture.of(SamplePayloads.validFormId())));
        return new VBox(new Label("Face the camera sees (" + camera.faces().origin() + "):"), faces, form);
    }

    private static VBox printerControls(SimPrinter printer) {
        HBox faults = new HBox(6, button("Paper out", printer::paperOut), button("Open cover", printer::openCover),
            button("Jam next job", printer::jamNextJob));
        return new VBox(faults, new Label("Jobs land in " + printer.folder()));
    }

    /** The simulated form-issuing service: take it down, bring it back, and who lives in it (to search for). */
    private static TitledPane registerSection(SimRegister register) {
        Label status = new Label();
        Runnable refresh = () -> status.setText("Status: " + register.status().condition()
            + (register.service().isDown() ? " (service down)" : ""));
        refresh.run();
        register.onStatus(s -> Platform.runLater(refresh));
        HBox controls = new HBox(6, button("Take down", () -> {
            register.service().down(true);
            refresh.run();
        }), button("Bring back", () -> {
            register.service().down(false);
            refresh.run();
        }), status);
        Label residents = new Label("Fictitious residents (search by name and date of birth, or code):\n"
            + String.join("\n", register.service().residents().all().stream()
                .map(r -> r.code() + "  " + r.name() + "  " + r.born()).toList()));
        TitledPane pane = new TitledPane("Resident register (form-issuing service, " + register.description() + ")",
            new VBox(6, controls, residents));
        pane.setCollapsible(false);
        return pane;
    }

    private static VBox lightsControls(SimLights lights) {
        Label scene = new Label();
        Runnable refresh = () -> scene.setText("Showing: " + lights.scene());
        refresh.run();
        // Lights report scenes, not status changes, so the panel polls the recorded scene.
        javafx.animation.Timeline poll = new javafx.animation.Timeline(
            new javafx.animation.KeyFrame(javafx.util.Duration.millis(250), e -> refresh.run()));
        poll.setCycleCount(javafx.animation.Animation.INDEFINITE);
        poll.play();
        return new VBox(scene);
    }

    private static Button button(String label, Runnable action) {
        Button button = new Button(label);
        button.setOnAction(e -> action.run());
        return button;
    }
}
