package jp.madoguchi.kiosk.scenario.record;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import jp.madoguchi.kiosk.scenario.Scenario;

/** Writes a recording as a scenario file: the header, the kiosk it ran on, the steps. */
final class YamlText {
    private YamlText() {
    }

    /** {@code text} in double quotes, with what YAML must escape escaped (a payload may hold anything). */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7F) {
                out.append(String.format(Locale.ROOT, "\\x%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** 90s, 2m, 1m30s: the scenario files' own way of writing a wait. */
    static String duration(Duration d) {
        long s = d.toSeconds();
        if (s >= 60) {
            return s / 60 + "m" + (s % 60 == 0 ? "" : s % 60 + "s");
        }
        return s + "s";
    }

    static String file(String name, Scenario.Setup setup, List<String> staffIds, String pin, List<String> steps) {
        StringBuilder y = new StringBuilder();
        y.append("name: ").append(quoted(name)).append('\n');
        y.append("description: Recorded in ./kiosk sim (the panel's \"save what I just did as a scenario\").\n");
        y.append("kiosk:\n");
        y.append("  language: ").append(setup.language().code()).append('\n');
        y.append("  scanner: ").append(setup.scanner()).append('\n');
        y.append("  idle_seconds: ").append(setup.idle().toSeconds()).append('\n');
        y.append("  idle_warning_seconds: ").append(setup.idleWarning().toSeconds()).append('\n');
        y.append("  submit_wait_seconds: ").append(setup.submitWait().toSeconds()).append('\n');
        if (!staffIds.isEmpty()) {
            // the PIN typed in the simulator is never written down: the scenario's staff get one of its own
            y.append("  staff:\n");
            staffIds.forEach(id -> y.append("    - {id: ").append(quoted(id)).append(", name: Recorded, pin: ")
                .append(quoted(pin)).append("}\n"));
        }
        y.append("steps:\n");
        steps.forEach(s -> y.append(s.startsWith("#") ? "  " : "  - ").append(s).append('\n'));
        return y.toString();
    }
}
