package jp.madoguchi.sim.panel;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the kiosk lends the panel: where to report what the developer did, the kiosk's clock (and,
 * when it can be moved, how to move it), and the recording to save as a scenario. The simulator
 * module knows nothing of the kiosk; these are its only ways in.
 *
 * @param advanceClock moves the kiosk's clock on; empty when the kiosk runs on a clock nobody may move
 */
public record PanelHooks(Consumer<PanelAction> actions, Clock clock, Optional<Consumer<Duration>> advanceClock,
                         Optional<Recording> recording) {
    /** The session recorded so far, as a scenario file (docs/SCENARIOS.md). */
    public interface Recording {
        /** The recording as YAML the scenario runner accepts. */
        String yaml();

        /** Forget what was recorded; record from now on. */
        void restart();

        /** How many steps so far, for the panel's label. */
        int steps();
    }

    /** No recording, no clock control: the panel beside a scenario being played. */
    public static PanelHooks none() {
        return new PanelHooks(action -> { }, Clock.systemDefaultZone(), Optional.empty(), Optional.empty());
    }
}
