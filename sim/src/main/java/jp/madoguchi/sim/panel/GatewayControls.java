package jp.madoguchi.sim.panel;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import jp.madoguchi.sim.gateway.GatewaySimulator;
import jp.madoguchi.sim.gateway.SimulatedGatewayLink;

/**
 * The simulated receiving side's faults: down (port closed), 5xx, slow (beyond the client's read
 * timeout), accept-then-drop-the-answer, and a form ID it refuses. The kiosk's outbox must ride
 * through every one of them without losing or doubling an application.
 */
final class GatewayControls {
    private GatewayControls() {
    }

    static TitledPane section(SimControls controls, SimulatedGatewayLink link) {
        GatewaySimulator sim = link.simulator();
        CheckBox down = toggle("Down (connection refused)", on -> controls.gateway(on ? "down" : "up", 0));
        CheckBox errors = toggle("Answer 503", on -> controls.gateway("fail_5xx", on ? 1 : 0));
        CheckBox slow = toggle("Slow (answers after " + SimControls.SLOW_BY.toSeconds() + " s)",
            on -> controls.gateway("slow", on ? 1 : 0));
        CheckBox drop = toggle("Store, then drop the answer", on -> controls.gateway("drop_answer", on ? 1 : 0));
        TextField formId = new TextField(SamplePayloads.validFormId());
        formId.setPrefColumnCount(23);
        Label counts = new Label();
        Label status = new Label();
        Runnable refresh = () -> {
            counts.setText(sim.counts().toString());
            status.setText("Link: " + link.status().condition() + "   " + sim.endpoint());
        };
        refresh.run();
        Timeline poll = new Timeline(new KeyFrame(javafx.util.Duration.millis(500), e -> refresh.run()));
        poll.setCycleCount(Animation.INDEFINITE);
        poll.play();
        javafx.scene.control.Button healthy = SimulatorPanel.button("All healthy", () -> {
            controls.gateway("healthy", 0);
            for (CheckBox box : new CheckBox[] {down, errors, slow, drop}) {
                box.setUserData(Boolean.TRUE); // the switch is already off: unticking must not record it again
                box.setSelected(false);
                box.setUserData(null);
            }
        });
        VBox box = new VBox(6, status, new FlowPane(12, 6, down, errors, slow, drop),
            new FlowPane(6, 6, formId, SimulatorPanel.button("Refuse this form ID (422)",
                () -> controls.refuse(formId.getText().replaceAll("[^0-9]", ""))), healthy), counts);
        return SimulatorPanel.section("Application gateway (simulated receiver on loopback)", box);
    }

    private static CheckBox toggle(String label, java.util.function.Consumer<Boolean> action) {
        CheckBox box = new CheckBox(label);
        box.selectedProperty().addListener((obs, was, now) -> {
            if (box.getUserData() == null) {
                action.accept(now);
            }
        });
        return box;
    }
}
