package jp.madoguchi.kiosk.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jp.madoguchi.kiosk.flow.KioskState;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.kiosk.staff.StaffPage;
import jp.madoguchi.rules.advice.Need;
import jp.madoguchi.sim.scene.Scene;

/** Every word a scenario file may use, in one place: the parser checks against it and names it in messages. */
final class Vocabulary {
    static final List<String> TOP = List.of("name", "description", "seed", "kiosk", "steps");
    static final List<String> KIOSK = List.of("language", "scanner", "idle_seconds", "idle_warning_seconds",
        "submit_wait_seconds", "staff");
    static final List<String> ACTIONS = List.of("tap", "type", "scan", "camera", "unplug", "replug", "printer", "gateway",
        "register", "kill", "wait", "staff", "expect");
    static final List<String> DEVICES = List.of("camera", "scanner", "printer", "lights", "gateway", "register");
    static final List<String> PRINTER_FAULTS = List.of("paper_out", "open_cover", "jam_next_job");
    static final List<String> GATEWAY_FAULTS = List.of("down", "up", "healthy", "fail_5xx", "drop_answer", "slow", "refuse");
    static final List<String> SCAN_SOURCES = List.of("payload", "form_of", "earlier_form_of", "badge");
    static final List<String> CAMERA_KEYS = List.of("scene", "distance", "exposure", "side_light", "roll", "offset", "blur",
        "people", "backdrop", "pose", "prop", "form_qr");
    static final List<String> STAFF_ACTIONS = java.util.stream.Stream.concat(java.util.stream.Stream.of("pin", "id", "open",
        "letters", "digits", "focus", "choose", "card_checked", "form_language"), StaffButtons.words().stream()).toList();
    static final List<String> EXPECTATIONS = List.of("screen", "message", "no_message", "language", "staff_page",
        "photo_refusal", "confirmation", "printed", "printed_text", "gateway", "outbox", "metrics", "device", "lights",
        "session_ended", "form_id");
    static final List<String> GATEWAY_COUNTS = List.of("received", "doubled", "refused", "repeated", "failed", "dropped");
    static final List<String> OUTBOX_COUNTS = List.of("pending", "refused", "unreadable");
    static final List<String> CONFIRMATIONS = List.of("sent", "saved", "refused", "none");
    static final List<String> SESSION_ENDS = List.of("applied", "guided", "abandoned", "timed_out");
    /** The special buttons that are not a message key. */
    static final List<String> TAP_SPECIALS = List.of("language", "need", "signature", "user_identification", "staff_corner");

    private Vocabulary() {
    }

    static List<String> screens() {
        return Arrays.stream(KioskState.values()).map(s -> s.name().toLowerCase(Locale.ROOT)).toList();
    }

    static List<String> needs() {
        return Arrays.stream(Need.values()).map(n -> n.name().toLowerCase(Locale.ROOT)).toList();
    }

    static List<String> languages() {
        return Arrays.stream(Language.values()).map(Language::code).toList();
    }

    static List<String> scenes() {
        return Arrays.stream(Scene.values()).map(Scene::id).toList();
    }

    static List<String> staffPages() {
        return Arrays.stream(StaffPage.values()).map(p -> p.name().toLowerCase(Locale.ROOT)).toList();
    }

    /** "one of a, b, c" (and the closest one, when a word is a near miss). */
    static String oneOf(String given, List<String> allowed) {
        String close = closest(given, allowed);
        return (close == null ? "" : "did you mean \"" + close + "\"? ") + "allowed: " + String.join(", ", allowed);
    }

    private static String closest(String given, List<String> allowed) {
        String best = null;
        int bestDistance = Math.max(3, given.length() / 3) + 1; // a near miss: a few letters off
        for (String word : allowed) {
            int d = distance(given.toLowerCase(Locale.ROOT), word.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = word;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.length()];
    }
}
