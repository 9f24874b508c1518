package jp.madoguchi.sim.panel;

import java.time.Duration;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import jp.madoguchi.sim.gateway.GatewayFaults;
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

    static TitledPane section(SimulatedGatewayLink link) {
        GatewaySimulator sim = link.simulator();
        GatewayFaults faults = sim.faults();
        CheckBox down = toggle("Down (connection refused)", on -> {
            if (on) {
                sim.down();
            } else {
                sim.up();
            }
        });
        CheckBox errors = toggle("Answer 503", on -> faults.errors(on ? 1 : 0));
        CheckBox slow = toggle("Slow (answers after 20 s)", on -> faults.slow(on ? 1 : 0, Duration.ofSeconds(20)));
        CheckBox drop = toggle("Store, then drop the answer", on -> faults.drops(on ? 1 : 0));
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
        javafx.scene.control.Button refuse = new javafx.scene.control.Button("Refuse this form ID (422)");
        refuse.setOnAction(e -> faults.refuse(formId.getText().replaceAll("[^0-9]", "")));
        VBox controls = new VBox(6, status, new HBox(12, down, errors), new HBox(12, slow, drop),
            new HBox(6, formId, refuse), counts);
        TitledPane pane = new TitledPane("Application gateway (simulated receiver on loopback)", controls);
        pane.setCollapsible(false);
        return pane;
    }

    private static CheckBox toggle(String label, java.util.function.Consumer<Boolean> action) {
        CheckBox box = new CheckBox(label);
        box.selectedProperty().addListener((obs, was, now) -> action.accept(now));
        return box;
    }
}
