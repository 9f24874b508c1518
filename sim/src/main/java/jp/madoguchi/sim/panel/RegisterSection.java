package jp.madoguchi.sim.panel;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import jp.madoguchi.sim.device.SimRegister;

/** The simulated form-issuing service: take it down, bring it back, and who lives in it (to search for). */
final class RegisterSection {
    private RegisterSection() {
    }

    static TitledPane of(SimControls controls, SimRegister register) {
        Label status = new Label();
        Runnable refresh = () -> status.setText("Status: " + register.status().condition()
            + (register.service().isDown() ? " (service down)" : ""));
        refresh.run();
        register.onStatus(s -> Platform.runLater(refresh));
        FlowPane buttons = new FlowPane(6, 6, SimulatorPanel.button("Take down", () -> {
            controls.plug("register", false);
            refresh.run();
        }), SimulatorPanel.button("Bring back", () -> {
            controls.plug("register", true);
            refresh.run();
        }), status);
        Label residents = new Label("Fictitious residents (search by name and date of birth, or code):\n"
            + String.join("\n", register.service().residents().all().stream()
                .map(r -> r.code() + "  " + r.name() + "  " + r.born()).toList()));
        return SimulatorPanel.section("Resident register (form-issuing service, " + register.description() + ")",
            new VBox(6, buttons, residents));
    }
}
