package jp.madoguchi.kiosk.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One line of a scenario's timeline: what the resident does, what happens to a device or the
 * receiving side, time passing, or what must be true now. {@code line} is where the file says it;
 * {@code text} is how the storyboard names it.
 */
public sealed interface Step {
    int line();

    String text();

    /** A tap on a button by what it means: a message key, or a language, need or certificate. */
    record Tap(int line, String text, String button, Optional<String> value) implements Step {
    }

    /** Digits on the keypad the screen shows (form ID or date of birth), one tap each. */
    record Type(int line, String text, String digits) implements Step {
    }

    /**
     * A code shown to the serial scanner, as the scanner's bytes. {@code source}: payload (as written),
     * form_of / earlier_form_of (a register resident's current or voided form ID), badge (a staff badge).
     */
    record Scan(int line, String text, String source, String value, boolean noise) implements Step {
    }

    /** What the camera films: a studio scene with adjustments, or a form's QR held up to it. */
    record Camera(int line, String text, Optional<String> scene, Map<String, String> adjust, Optional<String> formQr)
        implements Step {
    }

    /** Unplug, replug, paper out, open cover, jam the next job. */
    record Device(int line, String text, String action, String device) implements Step {
    }

    /** The receiving side's fault switches. */
    record Gateway(int line, String text, String fault, double rate, Optional<String> formId, Duration slowBy)
        implements Step {
    }

    /** The simulated resident register (form-issuing service) down or back. */
    record Register(int line, String text, boolean down) implements Step {
    }

    /** The kiosk process dies (no cleanup) and starts again over the same outbox. */
    record Kill(int line, String text) implements Step {
    }

    /** The clock moves on by {@code by}, the kiosk's own timers and sender running as it does. */
    record Wait(int line, String text, Duration by) implements Step {
    }

    /** The clock moves on until the screen is {@code screen}, failing after {@code timeout}. */
    record WaitUntil(int line, String text, String screen, Duration timeout) implements Step {
    }

    /** What staff do in staff mode. */
    record Staff(int line, String text, String action, Optional<String> value) implements Step {
    }

    /** What must be true now; each check is one expectation in the storyboard. */
    record Expect(int line, String text, List<Check> checks) implements Step {
    }

    /** One expectation: what is checked and the value the scenario wants. */
    record Check(int line, String what, String key, String expected) {
        public String describe() {
            return what + (key.isEmpty() ? "" : " " + key) + " = " + expected;
        }
    }
}
