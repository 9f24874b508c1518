package jp.madoguchi.kiosk.scenario;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import jp.madoguchi.kiosk.flow.Language;

/**
 * A scenario file, read: who the kiosk is (its settings and staff) and the timeline of steps.
 *
 * @param file the file as the user named it (for messages and the storyboard)
 * @param seed the seed written in the file, if any (a command-line seed wins)
 */
public record Scenario(String file, String name, String description, OptionalLong seed, Setup setup, List<Step> steps) {
    /**
     * The kiosk the scenario runs on.
     *
     * @param scanner "serial" (a 2D scanner on a serial line) or "camera" (the form's QR read by the camera)
     */
    public record Setup(Language language, String scanner, Duration idle, Duration idleWarning, Duration submitWait,
                        List<StaffMember> staff) {
        static Setup standard() {
            return new Setup(Language.EASY_JAPANESE, "serial", Duration.ofSeconds(90), Duration.ofSeconds(30),
                Duration.ofSeconds(3), List.of());
        }
    }

    /** Someone who may sign in to staff mode on the scenario's kiosk. */
    public record StaffMember(String id, String name, String pin) {
        @Override
        public String toString() {
            return "StaffMember[" + id + "]";
        }
    }
}
