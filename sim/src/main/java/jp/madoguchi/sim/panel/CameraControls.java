package jp.madoguchi.sim.panel;

import java.util.Locale;
import java.util.function.UnaryOperator;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import jp.madoguchi.sim.device.SimCamera;
import jp.madoguchi.sim.scene.Scene;
import jp.madoguchi.sim.scene.SceneSetup;

/**
 * The camera's scene: every named studio scene (each stages one photo refusal), and the resident
 * moved closer or further, the light darker, brighter or from one side, changed live.
 */
final class CameraControls {
    private final SimControls controls;
    private final SimCamera camera;
    private final Label setupLabel = new Label();
    /** What the resident wears: nothing, a cap, a knitted hat, a headscarf, a mask, sunglasses. */
    private final ComboBox<SceneSetup.Prop> wears = new ComboBox<>();
    private Scene base = Scene.RESIDENT;
    private SceneSetup setup = Scene.RESIDENT.setup();

    private CameraControls(SimControls controls) {
        this.controls = controls;
        this.camera = controls.camera().orElseThrow();
    }

    static VBox of(SimControls controls) {
        return new CameraControls(controls).build();
    }

    private VBox build() {
        ComboBox<String> scenes = new ComboBox<>();
        scenes.getItems().setAll(camera.faces().names());
        scenes.setValue(camera.sceneName());
        scenes.setMaxWidth(Double.MAX_VALUE);
        scenes.setOnAction(e -> choose(scenes.getValue()));
        FlowPane adjust = new FlowPane(6, 6,
            SimulatorPanel.button("Further", () -> change(s -> s.withDistance(round(s.distance() / 1.2)))),
            SimulatorPanel.button("Closer", () -> change(s -> s.withDistance(round(s.distance() * 1.2)))),
            SimulatorPanel.button("Darker", () -> change(s -> s.withExposure(round(Math.max(0.05, s.exposure() - 0.15))))),
            SimulatorPanel.button("Brighter", () -> change(s -> s.withExposure(round(s.exposure() + 0.15)))),
            SimulatorPanel.button("Side light", () -> change(s -> s.withSideLight(round(Math.min(1, s.sideLight() + 0.25))))),
            SimulatorPanel.button("Even light", () -> change(s -> s.withSideLight(0))),
            SimulatorPanel.button("As the scene was", () -> change(s -> base.setup())));
        wears.getItems().setAll(SceneSetup.Prop.values());
        wears.setValue(setup.prop());
        wears.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(SceneSetup.Prop p) {
                return p == null ? "" : p == SceneSetup.Prop.NONE ? "nothing" : p.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            }

            @Override
            public SceneSetup.Prop fromString(String s) {
                return SceneSetup.Prop.NONE;
            }
        });
        wears.setOnAction(e -> {
            if (wears.getValue() != null && wears.getValue() != setup.prop()) {
                change(s -> s.withProp(wears.getValue()));
            }
        });
        showSetup();
        return new VBox(new Label("Scene the camera films (" + camera.faces().origin() + "); each named scene stages one refusal:"),
            scenes, adjust, new javafx.scene.layout.HBox(6, new Label("Wears:"), wears), setupLabel);
    }

    private void choose(String name) {
        var scene = Scene.byName(name).filter(s -> name.toLowerCase(Locale.ROOT).startsWith(Scene.PREFIX));
        if (scene.isPresent()) {
            base = scene.get();
            setup = base.setup();
            controls.showScene(base);
        } else {
            controls.showPhotoFile(name);
        }
        showSetup();
    }

    private void change(UnaryOperator<SceneSetup> how) {
        try {
            setup = how.apply(setup);
        } catch (IllegalArgumentException outOfRange) {
            return; // the studio cannot film it (e.g. light below zero): the button does nothing
        }
        controls.showSetup(base, setup);
        showSetup();
    }

    private void showSetup() {
        wears.setValue(setup.prop());
        setupLabel.setText(String.format(Locale.ROOT, "%s: distance %.2f (1 is right), light %.2f, side light %.2f",
            base.id(), setup.distance(), setup.exposure(), setup.sideLight()));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
