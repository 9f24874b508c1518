package jp.madoguchi.kiosk.scenario.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.madoguchi.sim.panel.PanelAction;
import jp.madoguchi.sim.scene.Scene;
import jp.madoguchi.sim.scene.SceneSetup;

/** What a panel action is in a scenario file's words (docs/SCENARIOS.md). */
final class PanelWords {
    private PanelWords() {
    }

    static String of(PanelAction action) {
        if (action instanceof PanelAction.CameraScene c) {
            return "camera: " + c.scene();
        } else if (action instanceof PanelAction.CameraSetup c) {
            return "camera: {" + String.join(", ", adjustments(c.scene(), c.setup())) + "}";
        } else if (action instanceof PanelAction.CameraPhotoFile) {
            return "# the camera showed a photo file here: a scenario cannot replay it (choose a studio scene instead)";
        } else if (action instanceof PanelAction.FormQr f) {
            return "camera: {form_qr: " + YamlText.quoted(f.payload()) + "}";
        } else if (action instanceof PanelAction.Scan s) {
            return s.noise() ? "scan: {payload: " + YamlText.quoted(s.payload()) + ", noise: yes}" : "scan: " + YamlText.quoted(s.payload());
        } else if (action instanceof PanelAction.Plug p) {
            return (p.in() ? "replug: " : "unplug: ") + p.device();
        } else if (action instanceof PanelAction.PrinterFault f) {
            return "printer: " + f.fault();
        } else if (action instanceof PanelAction.Gateway g) {
            return switch (g.fault()) {
                case "down", "up", "healthy" -> "gateway: " + g.fault();
                case "refuse" -> "gateway: {refuse: " + YamlText.quoted(g.formId()) + "}";
                case "slow" -> "gateway: {slow: " + g.rate() + ", slow_by: " + YamlText.duration(jp.madoguchi.sim.panel.SimControls.SLOW_BY) + "}";
                default -> "gateway: {" + g.fault() + ": " + g.rate() + "}";
            };
        }
        throw new IllegalArgumentException("no words for " + action);
    }

    /** The scene and what differs from it: {scene: dark, distance: 1.2, exposure: 0.43}. */
    private static List<String> adjustments(String sceneId, SceneSetup s) {
        SceneSetup base = Scene.byName(sceneId).orElseThrow().setup();
        List<String> out = new ArrayList<>(List.of("scene: " + sceneId));
        add(out, "distance", base.distance(), s.distance());
        add(out, "exposure", base.exposure(), s.exposure());
        add(out, "side_light", base.sideLight(), s.sideLight());
        add(out, "roll", base.rollDeg(), s.rollDeg());
        add(out, "offset", base.offsetX(), s.offsetX());
        if (base.blurPx() != s.blurPx()) {
            out.add("blur: " + s.blurPx());
        }
        if (base.people() != s.people()) {
            out.add("people: " + s.people());
        }
        if (base.backdrop() != s.backdrop()) {
            out.add("backdrop: " + s.backdrop().name().toLowerCase(Locale.ROOT));
        }
        if (base.prop() != s.prop()) {
            out.add("prop: " + s.prop().name().toLowerCase(Locale.ROOT));
        }
        if (base.pose() != s.pose()) {
            out.add("pose: " + s.pose().name().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static void add(List<String> out, String key, double base, double now) {
        if (base != now) {
            out.add(key + ": " + now);
        }
    }
}
