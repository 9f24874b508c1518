package jp.madoguchi.sim.panel;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * A form QR (or anything else a resident might hold up): typed or picked from samples, then read by
 * the serial scanner, sent after line noise, or held up to the camera.
 */
final class CodeControls {
    private CodeControls() {
    }

    static VBox of(SimControls controls) {
        TextField payload = new TextField(SamplePayloads.validFormId());
        payload.setPromptText("QR payload, e.g. 23 digits or a URL");
        Label result = new Label();
        FlowPane samples = new FlowPane(6, 6,
            sample(payload, "Valid form ID", SamplePayloads::validFormId),
            sample(payload, "URL with a form ID", SamplePayloads::formUrl),
            sample(payload, "Individual Number (12 digits)", SamplePayloads::individualNumber),
            sample(payload, "Too short", () -> "1234567890"),
            sample(payload, "Garbage", SamplePayloads::garbage),
            sample(payload, "Staff badge 0042", () -> SamplePayloads.staffBadge("0042")));
        FlowPane send = new FlowPane(6, 6);
        controls.scanner().ifPresent(s -> send.getChildren().addAll(
            SimulatorPanel.button("Scanner reads it", () -> result.setText(controls.present(payload.getText())
                ? "read" : "ignored (no screen waits for a code, or the scanner is unplugged)")),
            SimulatorPanel.button("After line noise", () -> result.setText(controls.presentAfterNoise(payload.getText())
                + " code(s) read from the noisy wire"))));
        // for a kiosk that reads the form through its camera (scanner.provider=camera)
        controls.camera().ifPresent(c -> send.getChildren().add(SimulatorPanel.button("Hold it up to the camera", () -> {
            controls.holdUpForm(payload.getText());
            result.setText("the camera films the form; pick a scene to put the resident back");
        })));
        return new VBox(6, payload, samples, send, result);
    }

    private static javafx.scene.control.Button sample(TextField target, String label, java.util.function.Supplier<String> payload) {
        return SimulatorPanel.button(label, () -> target.setText(payload.get()));
    }
}
