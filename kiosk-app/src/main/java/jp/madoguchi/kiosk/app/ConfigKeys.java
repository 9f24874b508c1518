package jp.madoguchi.kiosk.app;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.madoguchi.devices.spi.SettingsException;

/**
 * Every configuration key the kiosk knows, with what it means. A key that is not here stops any
 * command (exit 2) naming it and the closest known key: a misspelt "gateway.provder=jlis" must
 * never leave a ward-office kiosk "submitting" into a simulator. Keys under {@code rules.} are
 * the rule data's own and are checked against it (see {@link KioskConfig#validate}).
 * Every key here is documented in config/kiosk.example.properties (ConfigKeysTest checks it).
 */
public final class ConfigKeys {
    /** Keys under this prefix override rule data by its own key scheme (RuleBook, PhotoSpec). */
    public static final String RULES_PREFIX = "rules.";

    private static final Map<String, String> KEYS = new TreeMap<>(Map.ofEntries(
        Map.entry("kiosk.mode", "development (default; simulated devices allowed, and marked on screen) or production "
            + "(refuses to start while any device is simulated)"),
        Map.entry("kiosk.language", "language shown before a resident picks one"),
        Map.entry("kiosk.idle.seconds", "seconds without a tap before the idle warning"),
        Map.entry("kiosk.idle.warning.seconds", "seconds the idle warning lasts before the session is wiped"),
        Map.entry("kiosk.municipality", "the municipality profile of the rules data"),
        Map.entry("images.max_megapixels", "images handed to photo-check and scan-image: more pixels than this are refused "
            + "before decoding"),
        Map.entry("camera.provider", "camera provider id: sim or webcam"),
        Map.entry("camera.device", "the camera to open, by name or index"),
        Map.entry("camera.images", "simulated camera: a folder of photos to offer besides the studio scenes"),
        Map.entry("camera.width", "requested frame width in pixels"),
        Map.entry("camera.height", "requested frame height in pixels"),
        Map.entry("camera.fps", "live view frames per second"),
        Map.entry("scanner.provider", "code scanner provider id: sim, serial or camera"),
        Map.entry("scanner.port", "serial scanner: device path"),
        Map.entry("scanner.baud", "serial scanner: bits per second"),
        Map.entry("printer.provider", "printer provider id: sim or cups"),
        Map.entry("printer.queue", "CUPS queue name"),
        Map.entry("printer.output", "simulated printer: folder where jobs land"),
        Map.entry("printer.keep_jobs", "simulated printer: keep each session's files after it ends (development only)"),
        Map.entry("lights.provider", "booth lights provider id"),
        Map.entry("lights.port", "booth lights: serial device path"),
        Map.entry("gateway.provider", "application gateway provider id: sim (loopback simulator) or http"),
        Map.entry("gateway.endpoint", "base URL of the receiving side; applications go to {endpoint}/applications"),
        Map.entry("gateway.connect.timeout.seconds", "seconds to wait for a connection to the receiving side"),
        Map.entry("gateway.read.timeout.seconds", "seconds to wait for the receiving side's answer"),
        Map.entry("gateway.attempts", "attempts within one delivery before the outbox schedules the next try"),
        Map.entry("gateway.tls.key", "mutual TLS: the kiosk's private key (PEM, PKCS#8)"),
        Map.entry("gateway.tls.certificate", "mutual TLS: the kiosk's certificate chain (PEM)"),
        Map.entry("gateway.tls.ca", "CA certificates (PEM) the receiving side's certificate must chain to"),
        Map.entry("kiosk.id", "this kiosk's name in every application it sends"),
        Map.entry("kiosk.submit.wait.seconds", "how long the sending screen waits for a receipt before saying \"saved\""),
        Map.entry("outbox.dir", "folder of the outbox (unsent applications, encrypted); persistent storage"),
        Map.entry("outbox.key.file", "the outbox's AES-256 key file (created 0600 on first start)"),
        Map.entry("outbox.key.previous.file", "the key before a rotation, still opening older rows"),
        Map.entry("outbox.max.megabytes", "ceiling on the outbox's size; beyond it Submit sends the resident to staff"),
        Map.entry("register.provider", "resident register / form-issuing service provider id: sim or http"),
        Map.entry("register.endpoint", "the form-issuing service's base URL (register.provider=http; docs/REGISTER.md)"),
        Map.entry("staff.file", "the staff file (staff IDs, names, PIN hashes) managed by ./kiosk staff"),
        Map.entry("staff.language", "the staff screens' language: ja or en"),
        Map.entry("staff.idle.seconds", "seconds without a tap in staff mode before the warning (then back to the start screen)"),
        Map.entry("staff.call.wait.seconds", "seconds a resident waits for staff before the idle warning"),
        Map.entry("audit.db", "the SQLite database of the staff audit log and the staff entry lock"),
        Map.entry("metrics.port", "TCP port of the Prometheus metrics endpoint /metrics (unset: off; 0: any free port)"),
        Map.entry("speaker.provider", "speaker provider id: sim (records what was said) or javasound (the sound output)"),
        Map.entry("speaker.volume", "speech volume, 0.0 to 1.0"),
        Map.entry("speech.guidance", "true: read each new screen's title and instruction aloud without a tap")));

    private ConfigKeys() {
    }

    public static boolean known(String key) {
        return KEYS.containsKey(key) || key.startsWith(RULES_PREFIX);
    }

    /** Every key, sorted, with its meaning. */
    public static Map<String, String> all() {
        return java.util.Collections.unmodifiableMap(KEYS);
    }

    /**
     * Refuses every unknown key among {@code keys} at once (a site fixes them all in one go), each
     * with the closest known key. {@code where} says where each key was given.
     */
    public static void requireKnown(Map<String, String> keysAndWhere) {
        List<String> problems = keysAndWhere.entrySet().stream().filter(e -> !known(e.getKey()))
            .map(e -> "configuration key '" + e.getKey() + "' is not a configuration key (" + e.getValue() + ")"
                + closest(e.getKey()).map(k -> "; did you mean " + k + "?")
                    .orElse("; the known keys are listed in config/kiosk.example.properties"))
            .toList();
        if (!problems.isEmpty()) {
            throw new SettingsException(String.join("\n", problems));
        }
    }

    /** The known key nearest to {@code key} by edit distance, when it is near enough to be a typo. */
    static Optional<String> closest(String key) {
        String typed = key.strip().toLowerCase(Locale.ROOT);
        List<String> candidates = List.copyOf(KEYS.keySet());
        return candidates.stream()
            .min(Comparator.comparingInt((String k) -> distance(typed, k)).thenComparing(k -> k))
            .filter(k -> distance(typed, k) <= Math.max(2, k.length() / 3));
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
