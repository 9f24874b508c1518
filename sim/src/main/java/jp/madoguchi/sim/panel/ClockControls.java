package jp.madoguchi.sim.panel;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/**
 * The kiosk's clock, moved on by hand: a minute, or two (past the idle timeout), without waiting
 * for them. Offered only when the kiosk runs on a clock that may be moved (never on a real kiosk).
 */
final class ClockControls {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private ClockControls() {
    }

    static FlowPane of(PanelHooks hooks, Consumer<Duration> advance) {
        Label now = new Label();
        Runnable refresh = () -> now.setText("Kiosk time " + TIME.format(hooks.clock().instant().atZone(ZoneId.systemDefault())));
        refresh.run();
        Timeline poll = new Timeline(new KeyFrame(javafx.util.Duration.millis(500), e -> refresh.run()));
        poll.setCycleCount(Animation.INDEFINITE);
        poll.play();
        return new FlowPane(6, 6, now,
            SimulatorPanel.button("+30 s", () -> move(advance, Duration.ofSeconds(30), refresh)),
            SimulatorPanel.button("+1 min", () -> move(advance, Duration.ofMinutes(1), refresh)),
            SimulatorPanel.button("+2 min (past the idle timeout)", () -> move(advance, Duration.ofMinutes(2), refresh)));
    }

    private static void move(Consumer<Duration> advance, Duration by, Runnable refresh) {
        advance.accept(by);
        refresh.run();
    }
}
