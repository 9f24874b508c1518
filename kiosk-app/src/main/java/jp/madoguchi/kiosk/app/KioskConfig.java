package jp.madoguchi.kiosk.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jp.madoguchi.devices.spi.Settings;
import jp.madoguchi.devices.spi.SettingsException;
import jp.madoguchi.rules.RuleBook;
import jp.madoguchi.rules.photo.PhotoSpec;
import jp.madoguchi.rules.data.RuleDataException;
import jp.madoguchi.kiosk.flow.CounterAdvice;
import jp.madoguchi.kiosk.flow.IdlePolicy;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.kiosk.flow.Submission;
import jp.madoguchi.kiosk.submit.ApplicationStore;
import jp.madoguchi.kiosk.submit.OutboxConfig;
import jp.madoguchi.kiosk.files.PropertiesFile;
import jp.madoguchi.kiosk.files.UserFileException;
import jp.madoguchi.kiosk.images.ImageIntake;

/**
 * Reads the kiosk's configuration: {@code kiosk.properties} in the project root (or the file
 * given with --config), then --set overrides. With no file at all every device is simulated:
 * the embedded default. See config/kiosk.example.properties for every key.
 */
public final class KioskConfig {
    private KioskConfig() {
    }

    /**
     * The configuration from {@code file} (else kiosk.properties in the project root, if any) with
     * {@code overrides} on top. Every key is checked: an unknown one, in the file or an override,
     * stops the command naming it and the closest known key; rule keys are checked against the
     * rule data. A file that cannot be used is named with what is wrong with it.
     */
    public static Settings load(Optional<Path> file, Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>();
        Map<String, String> given = new java.util.LinkedHashMap<>();
        Optional<Path> source = file.or(KioskConfig::defaultFile);
        source.ifPresent(path -> {
            Map<String, String> read = read(path, file.isPresent());
            read.keySet().forEach(key -> given.put(key, "in " + path));
            values.putAll(read);
        });
        overrides.keySet().forEach(key -> given.put(key, "given with --set"));
        ConfigKeys.requireKnown(given);
        Settings settings = new Settings(values).with(overrides);
        validate(settings);
        return settings;
    }

    /** Rule keys and the kiosk's mode are checked on load, whichever command runs. */
    static void validate(Settings settings) {
        if (!settings.under(ConfigKeys.RULES_PREFIX).isEmpty()) {
            ruleBook(settings);
            photoSpec(settings);
        }
        mode(settings);
        maxImagePixels(settings);
    }

    /** kiosk.properties beside ./kiosk, if the site has one. */
    static Optional<Path> defaultFile() {
        Path file = home().resolve("kiosk.properties");
        return Files.exists(file) ? Optional.of(file) : Optional.empty();
    }

    /** The labelled developer photos beside the project (read in place, never copied into it). */
    public static Path sharedDevPhotos() {
        return home().resolveSibling("shared").resolve("photos").resolve("dev");
    }

    public static Path home() {
        return Path.of(System.getProperty("madoguchi.home", ".")).toAbsolutePath().normalize();
    }

    private static Map<String, String> read(Path path, boolean given) {
        try {
            return PropertiesFile.read(path);
        } catch (UserFileException e) {
            throw new SettingsException((given ? "--config " : "") + e.getMessage());
        }
    }

    /** development (default) or production: a production kiosk refuses simulated devices. */
    public static KioskMode mode(Settings s) {
        String value = s.get("kiosk.mode", "development");
        return KioskMode.byName(value).orElseThrow(() -> new SettingsException("kiosk.mode",
            "names \"" + value + "\"; use development or production"));
    }

    public static Language language(Settings s) {
        String code = s.get("kiosk.language", "ja");
        return Language.byCode(code).orElseThrow(() -> new SettingsException("kiosk.language",
            "names \"" + code + "\", which is not one of the kiosk's languages"));
    }

    /** Whether each new screen is read aloud without a tap ({@code speech.guidance}, default false). */
    public static boolean speechGuidance(Settings s) {
        String value = s.get("speech.guidance", "false");
        if (!value.equals("true") && !value.equals("false")) {
            throw new SettingsException("speech.guidance", "is \"" + value + "\"; use true or false");
        }
        return value.equals("true");
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

    /** The most pixels an image a user hands a command may have (images.max_megapixels, default 50). */
    public static long maxImagePixels(Settings s) {
        return s.getInt("images.max_megapixels", (int) (ImageIntake.DEFAULT_MAX_PIXELS / 1_000_000), 1, 1000) * 1_000_000L;
    }

    /**
     * Where unsent applications wait (issue 10): the outbox folder (default: the user's data folder,
     * persistent across restarts, never a temporary folder), its key file (default beside the
     * database: a site should name a path elsewhere), an optional previous key for rotation, and a
     * size ceiling.
     */
    public static OutboxConfig outbox(Settings s) {
        Path dir = s.findPath("outbox.dir").orElseGet(KioskConfig::defaultOutboxDir);
        return new OutboxConfig(dir, s.findPath("outbox.key.file").orElse(dir.resolve("outbox.key")),
            s.findPath("outbox.key.previous.file"),
            s.find("outbox.max.megabytes").map(v -> s.getInt("outbox.max.megabytes", 2048, 1, 1_000_000)));
    }

    private static Path defaultOutboxDir() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path data = xdg == null || xdg.isBlank() ? Path.of(System.getProperty("user.home"), ".local", "share") : Path.of(xdg);
        return data.resolve("madoguchi").resolve("outbox");
    }

    /** How the flow hands applications over: this kiosk's id and the sending screen's longest wait. */
    public static Submission submission(Settings s, ApplicationStore store) {
        String id = s.get("kiosk.id", "unnamed-kiosk");
        if (!id.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new SettingsException("kiosk.id", "is \"" + id + "\"; use 1 to 64 letters, digits, '.', '_' or '-'");
        }
        return new Submission(store, id, submitWait(s));
    }

    /** How long "sending" waits for a receipt before telling the resident the application is saved. */
    public static Duration submitWait(Settings s) {
        return Duration.ofSeconds(s.getInt("kiosk.submit.wait.seconds", 3, 0, 10));
    }

    public static IdlePolicy idlePolicy(Settings s) {
        int quiet = s.getInt("kiosk.idle.seconds", 90, 10, 3600);
        int warning = s.getInt("kiosk.idle.warning.seconds", 30, 20, 600);
        int staffQuiet = s.getInt("staff.idle.seconds", 120, 30, 1800);
        int callWait = s.getInt("staff.call.wait.seconds", 600, 60, 3600);
        return new IdlePolicy(Duration.ofSeconds(quiet), Duration.ofSeconds(warning), Duration.ofSeconds(staffQuiet),
            Duration.ofSeconds(callWait));
    }

    /** The staff file (issue 12); relative paths are under the project root, default var/staff.tsv. */
    public static Path staffFile(Settings s) {
        return home().resolve(s.findPath("staff.file").orElse(Path.of("var", "staff.tsv")));
    }

    /** The staff audit log and entry lock (SQLite); default var/audit.db under the project root. */
    public static Path auditDatabase(Settings s) {
        return home().resolve(s.findPath("audit.db").orElse(Path.of("var", "audit.db")));
    }

    /** "ja" (default) or "en": staff screens are in these two. */
    public static String staffLanguage(Settings s) {
        String code = s.get("staff.language", "ja");
        if (!code.equals("ja") && !code.equals("en")) {
            throw new SettingsException("staff.language", "names \"" + code + "\"; staff screens are in ja or en");
        }
        return code;
    }

    /** The metrics endpoint's port, if the site turned it on (0: any free port). */
    public static Optional<Integer> metricsPort(Settings s) {
        return s.find("metrics.port").map(v -> s.getInt("metrics.port", 0, 0, 65535));
    }
}
