package jp.madoguchi.sim.panel;

import jp.madoguchi.sim.scene.SceneSetup;

/**
 * One thing a developer did through the panel, told to whoever records the session (the kiosk's
 * "save what I just did as a scenario"). Device names and fault words are the scenario files' own
 * (docs/SCENARIOS.md), so a recording needs no second dictionary.
 */
public sealed interface PanelAction {
    /** The camera films a named studio scene ({@code sim.scene.Scene#id()}). */
    record CameraScene(String scene) implements PanelAction {
    }

    /** The camera films {@code scene} moved closer or further, or lit differently ({@code setup}). */
    record CameraSetup(String scene, SceneSetup setup) implements PanelAction {
    }

    /** The camera shows a photo file from disk: a scenario cannot replay it (the file is not the scenario's). */
    record CameraPhotoFile() implements PanelAction {
    }

    /** A form's QR held up to the camera. */
    record FormQr(String payload) implements PanelAction {
    }

    /** A code read by the serial scanner; {@code noise}: after line noise and a cut-off frame. */
    record Scan(String payload, boolean noise) implements PanelAction {
    }

    /** {@code device}: camera, scanner, printer, lights, gateway, register; {@code in}: replugged. */
    record Plug(String device, boolean in) implements PanelAction {
    }

    /** paper_out, open_cover or jam_next_job. */
    record PrinterFault(String fault) implements PanelAction {
    }

    /**
     * A switch of the simulated receiver: down, up, healthy (no rate), fail_5xx, drop_answer, slow
     * (a rate from 0 to 1), refuse ({@code formId}).
     */
    record Gateway(String fault, double rate, String formId) implements PanelAction {
    }
}
