package jp.madoguchi.devices.spi;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The kiosk's configuration as flat dotted keys ("camera.provider", "printer.queue"), read from
 * a properties file. Typed getters fail with a message naming the key, so a typo in a
 * municipality's configuration stops the kiosk at start-up instead of misbehaving later.
 */
public final class Settings {
    private final Map<String, String> values;

    public Settings(Map<String, String> values) {
        this.values = new TreeMap<>(values);
    }

    public static Settings empty() {
        return new Settings(Map.of());
    }

    public Optional<String> find(String key) {
        return Optional.ofNullable(values.get(key)).map(String::strip).filter(v -> !v.isEmpty());
    }

    public String get(String key, String fallback) {
        return find(key).orElse(fallback);
    }

    public int getInt(String key, int fallback, int min, int max) {
        Optional<String> raw = find(key);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value < min || value > max) {
                throw new SettingsException(key, "must be between " + min + " and " + max + ", was " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new SettingsException(key, "must be a whole number, was \"" + raw.get() + "\"");
        }
    }

    /** The value of {@code key} as a path; one no file system can hold (a NUL byte, say) is refused naming the key. */
    public Optional<Path> findPath(String key) {
        Optional<String> raw = find(key);
        try {
            return raw.map(Path::of);
        } catch (java.nio.file.InvalidPathException e) {
            throw new SettingsException(key, "is not a usable path (" + e.getReason() + ")");
        }
    }

    /** A copy with {@code overrides} replacing this one's values (command-line flags over the file). */
    public Settings with(Map<String, String> overrides) {
        Map<String, String> merged = new TreeMap<>(values);
        merged.putAll(overrides);
        return new Settings(merged);
    }

    /** Every key under {@code prefix} with the prefix removed, e.g. the rules' overrides. */
    public Map<String, String> under(String prefix) {
        Map<String, String> out = new TreeMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k.substring(prefix.length()), v);
            }
        });
        return out;
    }
}
