package jp.madoguchi.kiosk.scenario;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import jp.madoguchi.kiosk.files.UserFileException;
import jp.madoguchi.kiosk.files.UserFiles;
import jp.madoguchi.kiosk.flow.Language;

/**
 * Reads a scenario file (YAML, docs/SCENARIOS.md) into a {@link Scenario}. Anything it does not
 * know (a misspelt action, an unknown key, a screen or scene that does not exist, a bad duration)
 * is refused with the file, the line and the words that are allowed there.
 */
public final class ScenarioParser {
    static final long MAX_BYTES = 1 << 20;

    private final String file;

    private ScenarioParser(String file) {
        this.file = file;
    }

    /** @param shown the file's name as the user gave it */
    public static Scenario read(Path path, String shown) {
        try {
            return parse(UserFiles.readText(path, MAX_BYTES), shown);
        } catch (UserFileException e) {
            throw new ScenarioException(shown, 0, e.getMessage());
        }
    }

    public static Scenario parse(String yaml, String file) {
        return new ScenarioParser(file).scenario(YamlTree.read(new StringReader(yaml), file));
    }

    private Scenario scenario(YamlTree root) {
        Map<String, YamlTree> top = map(root, "a scenario");
        known(top, Vocabulary.TOP, "at the top of a scenario");
        String name = scalar(require(top, "name", root), "name");
        String description = Optional.ofNullable(top.get("description")).map(d -> scalar(d, "description")).orElse("");
        OptionalLong seed = top.containsKey("seed") ? OptionalLong.of(number(top.get("seed"), "seed")) : OptionalLong.empty();
        Scenario.Setup setup = top.containsKey("kiosk") ? setup(top.get("kiosk")) : Scenario.Setup.standard();
        YamlTree stepsNode = require(top, "steps", root);
        if (!stepsNode.isList() || stepsNode.list().isEmpty()) {
            throw fail(stepsNode, "steps: must be a list of steps, each starting with \"- \"");
        }
        List<Step> steps = new ArrayList<>();
        for (YamlTree node : stepsNode.list()) {
            steps.add(step(node));
        }
        return new Scenario(file, name, description, seed, setup, List.copyOf(steps));
    }

    private Scenario.Setup setup(YamlTree node) {
        Map<String, YamlTree> kiosk = map(node, "kiosk:");
        known(kiosk, Vocabulary.KIOSK, "under kiosk:");
        Scenario.Setup standard = Scenario.Setup.standard();
        Language language = kiosk.containsKey("language") ? language(kiosk.get("language")) : standard.language();
        String scanner = kiosk.containsKey("scanner") ? word(kiosk.get("scanner"), List.of("serial", "camera"), "scanner")
            : standard.scanner();
        List<Scenario.StaffMember> staff = new ArrayList<>();
        if (kiosk.containsKey("staff")) {
            YamlTree list = kiosk.get("staff");
            if (!list.isList()) {
                throw fail(list, "staff: is a list of members, each {id: \"0042\", name: Tanaka, pin: \"482917\"}");
            }
            for (YamlTree member : list.list()) {
                Map<String, YamlTree> m = map(member, "a staff member");
                known(m, List.of("id", "name", "pin"), "in a staff member");
                staff.add(new Scenario.StaffMember(digits(require(m, "id", member), "id"), scalar(require(m, "name", member), "name"),
                    digits(require(m, "pin", member), "pin")));
            }
        }
        return new Scenario.Setup(language, scanner, seconds(kiosk, "idle_seconds", standard.idle()),
            seconds(kiosk, "idle_warning_seconds", standard.idleWarning()),
            seconds(kiosk, "submit_wait_seconds", standard.submitWait()), List.copyOf(staff));
    }

    private Duration seconds(Map<String, YamlTree> map, String key, Duration otherwise) {
        return map.containsKey(key) ? Duration.ofSeconds(number(map.get(key), key)) : otherwise;
    }

    private Step step(YamlTree node) {
        if (node.isScalar() && node.text().equals("kill")) {
            return new Step.Kill(node.line(), "kill the kiosk");
        }
        if (!node.isMap() || node.map().size() != 1) {
            throw fail(node, "each step is one action, like \"- tap: submit.send\"; actions: "
                + String.join(", ", Vocabulary.ACTIONS));
        }
        Map.Entry<String, YamlTree> only = node.map().entrySet().iterator().next();
        String action = only.getKey();
        YamlTree arg = only.getValue();
        int line = node.line();
        return switch (action) {
            case "tap" -> StepReader.tap(this, line, arg);
            case "type" -> new Step.Type(line, "type " + digits(arg, "type"), digits(arg, "type"));
            case "scan" -> StepReader.scan(this, line, arg);
            case "camera" -> StepReader.camera(this, line, arg);
            case "unplug", "replug" -> new Step.Device(line, action + " " + word(arg, Vocabulary.DEVICES, action), action,
                word(arg, Vocabulary.DEVICES, action));
            case "printer" -> new Step.Device(line, "printer " + word(arg, Vocabulary.PRINTER_FAULTS, "printer"),
                word(arg, Vocabulary.PRINTER_FAULTS, "printer"), "printer");
            case "gateway" -> StepReader.gateway(this, line, arg);
            case "register" -> new Step.Register(line, "register " + word(arg, List.of("down", "up"), "register"),
                word(arg, List.of("down", "up"), "register").equals("down"));
            case "kill" -> new Step.Kill(line, "kill the kiosk");
            case "wait" -> StepReader.waiting(this, line, arg);
            case "staff" -> StepReader.staff(this, line, arg);
            case "expect" -> StepReader.expect(this, line, arg);
            default -> throw new ScenarioException(file, line, "unknown action \"" + action + "\"; "
                + Vocabulary.oneOf(action, Vocabulary.ACTIONS));
        };
    }

    // ---- small readers shared with StepReader ----

    ScenarioException fail(YamlTree node, String problem) {
        return new ScenarioException(file, node.line(), problem);
    }

    Map<String, YamlTree> map(YamlTree node, String what) {
        if (!node.isMap()) {
            throw fail(node, what + " must be a set of key: value lines");
        }
        return node.map();
    }

    void known(Map<String, YamlTree> map, List<String> allowed, String where) {
        for (Map.Entry<String, YamlTree> e : map.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw fail(e.getValue(), "unknown key \"" + e.getKey() + "\" " + where + "; " + Vocabulary.oneOf(e.getKey(), allowed));
            }
        }
    }

    YamlTree require(Map<String, YamlTree> map, String key, YamlTree parent) {
        YamlTree value = map.get(key);
        if (value == null) {
            throw fail(parent, "\"" + key + ":\" is missing here");
        }
        return value;
    }

    String scalar(YamlTree node, String what) {
        if (!node.isScalar()) {
            throw fail(node, what + " must be a single value");
        }
        return node.text();
    }

    String word(YamlTree node, List<String> allowed, String what) {
        String word = scalar(node, what).strip().toLowerCase(Locale.ROOT).replace('-', '_');
        List<String> normal = allowed.stream().map(a -> a.replace('-', '_')).toList();
        int at = normal.indexOf(word);
        if (at < 0) {
            throw fail(node, "\"" + node.text() + "\" is not a " + what + "; " + Vocabulary.oneOf(node.text(), allowed));
        }
        return allowed.get(at);
    }

    String digits(YamlTree node, String what) {
        String text = scalar(node, what).strip();
        if (!text.matches("[0-9]+")) {
            throw fail(node, what + " must be digits only (in quotes, e.g. \"0042\"), was \"" + text + "\"");
        }
        return text;
    }

    long number(YamlTree node, String what) {
        String text = scalar(node, what).strip();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw fail(node, what + " must be a whole number, was \"" + text + "\"");
        }
    }

    double decimal(YamlTree node, String what) {
        String text = scalar(node, what).strip();
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw fail(node, what + " must be a number, was \"" + text + "\"");
        }
    }

    Language language(YamlTree node) {
        return Language.byCode(scalar(node, "language").strip())
            .orElseThrow(() -> fail(node, "\"" + node.text() + "\" is not a kiosk language; "
                + Vocabulary.oneOf(node.text(), Vocabulary.languages())));
    }

    /** "30s", "2m", "500ms", "1m30s" or a plain number of seconds. */
    Duration duration(YamlTree node, String what) {
        String text = scalar(node, what).strip().toLowerCase(Locale.ROOT);
        if (text.matches("[0-9]+")) {
            return Duration.ofSeconds(Long.parseLong(text));
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9]+)(ms|s|m|h)").matcher(text);
        Duration total = Duration.ZERO;
        int end = 0;
        while (m.find() && m.start() == end) {
            long n = Long.parseLong(m.group(1));
            total = total.plus(switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            });
            end = m.end();
        }
        if (end != text.length() || end == 0) {
            throw fail(node, what + " must be a duration like 30s, 2m, 500ms or 1m30s, was \"" + node.text() + "\"");
        }
        return total;
    }

    /** A scalar, a list of scalars or a map of scalars, as written (for expectations and camera settings). */
    Map<String, String> flat(YamlTree node, String what) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, YamlTree> e : map(node, what).entrySet()) {
            out.put(e.getKey(), scalar(e.getValue(), e.getKey()));
        }
        return out;
    }
}
