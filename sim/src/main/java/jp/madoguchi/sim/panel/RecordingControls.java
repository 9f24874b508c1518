package jp.madoguchi.sim.panel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** "Save what I just did as a scenario…": the recording of this session, written as a scenario file. */
final class RecordingControls {
    private RecordingControls() {
    }

    static FlowPane of(PanelHooks.Recording recording, java.util.function.Supplier<Window> owner) {
        Label status = new Label();
        Runnable refresh = () -> status.setText(recording.steps() + " steps recorded");
        refresh.run();
        Timeline poll = new Timeline(new KeyFrame(javafx.util.Duration.millis(500), e -> refresh.run()));
        poll.setCycleCount(Animation.INDEFINITE);
        poll.play();
        return new FlowPane(6, 6,
            SimulatorPanel.button("Save what I just did as a scenario…", () -> status.setText(save(recording, owner.get()))),
            SimulatorPanel.button("Start recording afresh", () -> {
                recording.restart();
                refresh.run();
            }), status);
    }

    private static String save(PanelHooks.Recording recording, Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save as a scenario");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Scenario (YAML)", "*.yaml", "*.yml"));
        chooser.setInitialFileName("my-visit.yaml");
        Path scenarios = Path.of("scenarios");
        if (Files.isDirectory(scenarios)) {
            chooser.setInitialDirectory(scenarios.toAbsolutePath().toFile());
        }
        java.io.File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return "not saved";
        }
        try {
            Files.writeString(file.toPath(), recording.yaml(), StandardCharsets.UTF_8);
            return "saved " + file + "; replay: ./kiosk scenario run " + file + " --headless";
        } catch (IOException e) {
            return "could not save " + file + ": " + e.getMessage();
        }
    }
}
