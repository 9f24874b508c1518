package jp.madoguchi.kiosk.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import jp.madoguchi.devices.spi.Settings;
import jp.madoguchi.devices.spi.SettingsException;
import jp.madoguchi.rules.RuleBook;
import jp.madoguchi.rules.photo.PhotoSpec;
import jp.madoguchi.rules.data.RuleDataException;
import jp.madoguchi.kiosk.flow.CounterAdvice;
import jp.madoguchi.kiosk.flow.IdlePolicy;
import jp.madoguchi.kiosk.flow.Language;

/**
 * Reads the kiosk's configuration: {@code kiosk.properties} in the project root (or the file
 * given with --config), then --set overrides. With no file at all every device is simulated:
 * the embedded default. See config/kiosk.example.properties for every key.
 */
public final class KioskConfig {
    private KioskConfig() {
    }

    public static Settings load(Optional<Path> file, Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>();
        Optional<Path> source = file.or(KioskConfig::defaultFile);
        if (file.isPresent() && !Files.isReadable(file.get())) {
            throw new SettingsException("--config", "names " + file.get() + ", which cannot be read");
        }
        source.ifPresent(path -> values.putAll(read(path)));
        return new Settings(values).with(overrides);
    }

    /** kiosk.properties beside ./kiosk, if the site has one. */
    static Optional<Path> defaultFile() {
        Path file = home().resolve("kiosk.properties");
        return Files.isReadable(file) ? Optional.of(file) : Optional.empty();
    }

    /** The labelled developer photos beside the project (read in place, never copied into it). */
    public static Path sharedDevPhotos() {
        return home().resolveSibling("shared").resolve("photos").resolve("dev");
    }

    public static Path home() {
        return Path.of(System.getProperty("madoguchi.home", ".")).toAbsolutePath().normalize();
    }

    private static Map<String, String> read(Path path) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new SettingsException("--config", "names " + path + ", which cannot be read: " + e.getMessage());
        }
        Map<String, String> out = new HashMap<>();
        properties.stringPropertyNames().forEach(k -> out.put(k, properties.getProperty(k)));
        return out;
    }

    public static Language language(Settings s) {
        String code = s.get("kiosk.language", "ja");
        return Language.byCode(code).orElseThrow(() -> new SettingsException("kiosk.language",
            "names \"" + code + "\", which is not one of the kiosk's languages"));
    }

    /** The municipality profile the kiosk stands in (rules data: shinjuku, osaka, fukuoka). */
    public static String municipality(Settings s) {
        return s.get("kiosk.municipality", "shinjuku");
    }

    /**
     * The rule book with the site's overrides: every "rules.KEY=VALUE" line overrides the rules
     * data's KEY (see RuleBook). Bad data or an unknown key stops the kiosk at start-up.
     */
    public static RuleBook ruleBook(Settings s) {
        try {
            return RuleBook.load(withoutPhoto(s.under("rules."), false));
        } catch (RuleDataException e) {
            throw new SettingsException("rules.*", "is not valid: " + e.getMessage());
        }
    }

    /** The photo spec with the site's "rules.photo.KEY=VALUE" overrides (issue 4; see PhotoSpec). */
    public static PhotoSpec photoSpec(Settings s) {
        try {
            return PhotoSpec.load(withoutPhoto(s.under("rules."), true));
        } catch (RuleDataException e) {
            throw new SettingsException("rules.photo.*", "is not valid: " + e.getMessage());
        }
    }

    /** The photo section is loaded on its own; the rule book must not see its keys, nor it the book's. */
    private static Map<String, String> withoutPhoto(Map<String, String> rules, boolean keepOnlyPhoto) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        rules.forEach((k, v) -> {
            if (k.startsWith("photo.") == keepOnlyPhoto) {
                out.put(k, v);
            }
        });
        return out;
    }

    public static CounterAdvice counterAdvice(Settings s) {
        RuleBook book = ruleBook(s);
        String municipality = municipality(s);
        if (book.municipalities().find(municipality).isEmpty()) {
            throw new SettingsException("kiosk.municipality", "names \"" + municipality + "\"; the rules data knows "
                + book.municipalities().ids());
        }
        return new CounterAdvice(book, municipality);
    }

    public static IdlePolicy idlePolicy(Settings s) {
        int quiet = s.getInt("kiosk.idle.seconds", 90, 10, 3600);
        int warning = s.getInt("kiosk.idle.warning.seconds", 30, 20, 600);
        return new IdlePolicy(Duration.ofSeconds(quiet), Duration.ofSeconds(warning));
    }
}
