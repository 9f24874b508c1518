package jp.madoguchi.kiosk.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.madoguchi.devices.api.DeviceCondition;
import jp.madoguchi.devices.api.LightScene;
import jp.madoguchi.kiosk.documents.DocumentKind;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.kiosk.i18n.Messages;
import jp.madoguchi.sim.scene.SceneSetup;

/** Reads the steps that take arguments; every value is checked against {@link Vocabulary} here, before anything runs. */
final class StepReader {
    private StepReader() {
    }

    static Step.Tap tap(ScenarioParser p, int line, YamlTree arg) {
        if (arg.isScalar()) {
            String key = arg.text().strip();
            if (!key.equals("staff_corner") && !messageKeys().contains(key)) {
                throw p.fail(arg, "\"" + key + "\" is not a button's message key (see messages.properties, or the "
                    + "storyboard's list of buttons on each screen); or use {language: CODE}, {need: ID}, "
                    + "{signature: yes|no}, {user_identification: yes|no}, staff_corner"
                    + Optional.ofNullable(nearKey(key)).map(k -> "; did you mean \"" + k + "\"?").orElse(""));
            }
            return new Step.Tap(line, "tap " + key, key, Optional.empty());
        }
        Map<String, YamlTree> map = p.map(arg, "tap:");
        if (map.size() != 1) {
            throw p.fail(arg, "tap one button at a time");
        }
        p.known(map, Vocabulary.TAP_SPECIALS.subList(0, 4), "under tap:");
        Map.Entry<String, YamlTree> e = map.entrySet().iterator().next();
        String value = switch (e.getKey()) {
            case "language" -> p.language(e.getValue()).code();
            case "need" -> p.word(e.getValue(), Vocabulary.needs(), "need");
            default -> yesNo(p, e.getValue(), e.getKey());
        };
        return new Step.Tap(line, "tap " + e.getKey() + " " + value, e.getKey(), Optional.of(value));
    }

    private static String yesNo(ScenarioParser p, YamlTree node, String what) {
        String word = p.scalar(node, what).strip().toLowerCase(Locale.ROOT);
        return switch (word) {
            case "yes", "true", "on" -> "yes";
            case "no", "false", "off" -> "no";
            default -> throw p.fail(node, what + " is yes or no, was \"" + node.text() + "\"");
        };
    }

    static Step.Scan scan(ScenarioParser p, int line, YamlTree arg) {
        if (arg.isScalar()) {
            return new Step.Scan(line, "scan a code of " + arg.text().length() + " characters", "payload", arg.text(), false);
        }
        Map<String, YamlTree> map = new LinkedHashMap<>(p.map(arg, "scan:"));
        List<String> allowed = new ArrayList<>(Vocabulary.SCAN_SOURCES);
        allowed.add("noise");
        p.known(map, allowed, "under scan:");
        boolean noise = map.containsKey("noise") && yesNo(p, map.remove("noise"), "noise").equals("yes");
        if (map.size() != 1) {
            throw p.fail(arg, "scan one code: one of " + String.join(", ", Vocabulary.SCAN_SOURCES));
        }
        Map.Entry<String, YamlTree> e = map.entrySet().iterator().next();
        String value = e.getKey().equals("payload") ? p.scalar(e.getValue(), "payload") : p.digits(e.getValue(), e.getKey());
        String text = switch (e.getKey()) {
            case "payload" -> "scan a code of " + value.length() + " characters";
            case "badge" -> "scan staff badge " + value;
            default -> "scan the " + e.getKey().replace('_', ' ') + " resident " + value;
        };
        return new Step.Scan(line, text + (noise ? " after line noise" : ""), e.getKey(), value, noise);
    }

    static Step.Camera camera(ScenarioParser p, int line, YamlTree arg) {
        if (arg.isScalar()) {
            String scene = p.word(arg, Vocabulary.scenes(), "scene");
            return new Step.Camera(line, "camera films scene " + scene, Optional.of(scene), Map.of(), Optional.empty());
        }
        Map<String, YamlTree> map = p.map(arg, "camera:");
        p.known(map, Vocabulary.CAMERA_KEYS, "under camera:");
        if (map.containsKey("form_qr")) {
            if (map.size() != 1) {
                throw p.fail(arg, "form_qr: stands alone (the camera then films the form, not a scene)");
            }
            String payload = p.scalar(map.get("form_qr"), "form_qr");
            return new Step.Camera(line, "a form QR held up to the camera", Optional.empty(), Map.of(), Optional.of(payload));
        }
        Optional<String> scene = map.containsKey("scene") ? Optional.of(p.word(map.get("scene"), Vocabulary.scenes(), "scene"))
            : Optional.empty();
        Map<String, String> adjust = new LinkedHashMap<>();
        for (Map.Entry<String, YamlTree> e : map.entrySet()) {
            switch (e.getKey()) {
                case "scene" -> { }
                case "backdrop" -> adjust.put("backdrop", p.word(e.getValue(), names(SceneSetup.Backdrop.values()), "backdrop"));
                case "pose" -> adjust.put("pose", p.word(e.getValue(), names(SceneSetup.Pose.values()), "pose"));
                case "prop" -> adjust.put("prop", p.word(e.getValue(), names(SceneSetup.Prop.values()), "prop"));
                case "people", "blur" -> adjust.put(e.getKey(), String.valueOf(p.number(e.getValue(), e.getKey())));
                default -> adjust.put(e.getKey(), String.valueOf(p.decimal(e.getValue(), e.getKey())));
            }
        }
        return new Step.Camera(line, "camera films " + scene.orElse("resident") + (adjust.isEmpty() ? "" : " " + adjust), scene,
            Map.copyOf(adjust), Optional.empty());
    }

    static Step.Gateway gateway(ScenarioParser p, int line, YamlTree arg) {
        if (arg.isScalar()) {
            String fault = p.word(arg, List.of("down", "up", "healthy"), "gateway switch (with a rate: {fail_5xx: 1.0})");
            return new Step.Gateway(line, "gateway " + fault, fault, 0, Optional.empty(), Duration.ZERO);
        }
        Map<String, YamlTree> map = new LinkedHashMap<>(p.map(arg, "gateway:"));
        List<String> allowed = new ArrayList<>(Vocabulary.GATEWAY_FAULTS);
        allowed.add("slow_by");
        p.known(map, allowed, "under gateway:");
        Duration slowBy = map.containsKey("slow_by") ? p.duration(map.remove("slow_by"), "slow_by") : Duration.ofSeconds(20);
        if (map.size() != 1) {
            throw p.fail(arg, "one fault switch at a time: " + String.join(", ", Vocabulary.GATEWAY_FAULTS));
        }
        Map.Entry<String, YamlTree> e = map.entrySet().iterator().next();
        if (e.getKey().equals("refuse")) {
            String id = p.digits(e.getValue(), "refuse");
            return new Step.Gateway(line, "gateway refuses a form ID", "refuse", 1, Optional.of(id), slowBy);
        }
        double rate = p.decimal(e.getValue(), e.getKey());
        if (!(rate >= 0 && rate <= 1)) {
            throw p.fail(e.getValue(), e.getKey() + " is a rate from 0 (never) to 1 (always), was " + rate);
        }
        return new Step.Gateway(line, "gateway " + e.getKey() + " " + rate, e.getKey(), rate, Optional.empty(), slowBy);
    }

    static Step waiting(ScenarioParser p, int line, YamlTree arg) {
        if (arg.isScalar()) {
            Duration by = p.duration(arg, "wait");
            return new Step.Wait(line, "wait " + arg.text().strip(), by);
        }
        Map<String, YamlTree> map = p.map(arg, "wait:");
        p.known(map, List.of("until", "timeout"), "under wait:");
        String screen = p.word(p.require(map, "until", arg), Vocabulary.screens(), "screen");
        Duration timeout = map.containsKey("timeout") ? p.duration(map.get("timeout"), "timeout") : Duration.ofSeconds(60);
        return new Step.WaitUntil(line, "wait until screen " + screen + " (at most " + timeout.toSeconds() + " s)", screen, timeout);
    }

    static Step.Staff staff(ScenarioParser p, int line, YamlTree arg) {
        if (arg.isScalar()) {
            String action = p.word(arg, Vocabulary.STAFF_ACTIONS, "staff action");
            return new Step.Staff(line, "staff: " + action, action, Optional.empty());
        }
        Map<String, YamlTree> map = p.map(arg, "staff:");
        p.known(map, Vocabulary.STAFF_ACTIONS, "under staff:");
        if (map.size() != 1) {
            throw p.fail(arg, "one staff action at a time");
        }
        Map.Entry<String, YamlTree> e = map.entrySet().iterator().next();
        String value = switch (e.getKey()) {
            case "pin", "id", "digits" -> p.digits(e.getValue(), e.getKey());
            case "open" -> p.word(e.getValue(), Vocabulary.staffPages(), "staff page");
            case "focus" -> p.word(e.getValue(), List.of("name", "birth", "code"), "reissue field");
            case "choose" -> String.valueOf(p.number(e.getValue(), "choose"));
            case "card_checked" -> yesNo(p, e.getValue(), "card_checked");
            case "form_language" -> p.language(e.getValue()).code();
            case "letters" -> p.scalar(e.getValue(), "letters");
            default -> throw p.fail(e.getValue(), "staff " + e.getKey() + " takes no value: write \"- staff: " + e.getKey() + "\"");
        };
        // PINs and names are not written into storyboards
        String shown = e.getKey().equals("pin") ? "****" : e.getKey().equals("letters") ? value.length() + " letters" : value;
        return new Step.Staff(line, "staff: " + e.getKey() + " " + shown, e.getKey(), Optional.of(value));
    }

    static Step.Expect expect(ScenarioParser p, int line, YamlTree arg) {
        Map<String, YamlTree> map = p.map(arg, "expect:");
        p.known(map, Vocabulary.EXPECTATIONS, "under expect:");
        List<Step.Check> checks = new ArrayList<>();
        for (Map.Entry<String, YamlTree> e : map.entrySet()) {
            String what = e.getKey();
            YamlTree v = e.getValue();
            switch (what) {
                case "screen" -> checks.add(check(v, what, "", p.word(v, Vocabulary.screens(), "screen")));
                case "language" -> checks.add(check(v, what, "", p.language(v).code()));
                case "staff_page" -> checks.add(check(v, what, "", p.word(v, Vocabulary.staffPages(), "staff page")));
                case "confirmation" -> checks.add(check(v, what, "", p.word(v, Vocabulary.CONFIRMATIONS, "confirmation")));
                case "session_ended" -> checks.add(check(v, what, "", p.word(v, Vocabulary.SESSION_ENDS, "session end")));
                case "lights" -> checks.add(check(v, what, "", p.word(v, names(LightScene.values()), "light scene")));
                case "photo_refusal", "form_id" -> checks.add(check(v, what, "", p.scalar(v, what).strip()));
                case "message", "no_message" -> {
                    for (YamlTree key : items(v)) {
                        String k = p.scalar(key, what).strip();
                        if (!messageKeys().contains(k)) {
                            throw p.fail(key, "\"" + k + "\" is not a message key in messages.properties"
                                + Optional.ofNullable(nearKey(k)).map(n -> "; did you mean \"" + n + "\"?").orElse(""));
                        }
                        checks.add(check(key, what, "", k));
                    }
                }
                case "printed" -> {
                    List<String> kinds = Arrays.stream(DocumentKind.values()).map(DocumentKind::id).toList();
                    List<String> titles = new ArrayList<>();
                    for (YamlTree item : items(v)) {
                        titles.add(p.word(item, kinds, "document"));
                    }
                    titles.sort(null); // in any order: compared sorted
                    checks.add(check(v, what, "", String.join(", ", titles)));
                }
                case "printed_text" -> items(v).forEach(item -> checks.add(check(item, what, "", p.scalar(item, what))));
                case "gateway" -> counts(p, v, what, Vocabulary.GATEWAY_COUNTS, checks);
                case "outbox" -> counts(p, v, what, Vocabulary.OUTBOX_COUNTS, checks);
                case "metrics" -> p.map(v, what).forEach((series, value) ->
                    checks.add(check(value, what, series, String.valueOf(p.decimal(value, series)))));
                case "device" -> {
                    Map<String, YamlTree> devices = p.map(v, what);
                    p.known(devices, Vocabulary.DEVICES, "under device:");
                    devices.forEach((device, c) -> checks.add(check(c, what, device,
                        p.word(c, names(DeviceCondition.values()), "device condition"))));
                }
                default -> throw new IllegalStateException(what);
            }
        }
        String text = "expect " + String.join(", ", map.keySet());
        return new Step.Expect(line, text, List.copyOf(checks));
    }

    private static void counts(ScenarioParser p, YamlTree v, String what, List<String> allowed, List<Step.Check> checks) {
        Map<String, YamlTree> counts = p.map(v, what);
        p.known(counts, allowed, "under " + what + ":");
        counts.forEach((name, n) -> checks.add(check(n, what, name, String.valueOf(p.number(n, name)))));
    }

    private static Step.Check check(YamlTree node, String what, String key, String expected) {
        return new Step.Check(node.line(), what, key, expected);
    }

    private static List<YamlTree> items(YamlTree v) {
        return v.isList() ? v.list() : List.of(v);
    }

    static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
    }

    private static java.util.Set<String> messageKeys() {
        return Messages.of(Language.ENGLISH).keys();
    }

    private static String nearKey(String key) {
        String hint = Vocabulary.oneOf(key, messageKeys().stream().sorted().toList());
        return hint.startsWith("did you mean \"") ? hint.substring(14, hint.indexOf('"', 14)) : null;
    }
}
