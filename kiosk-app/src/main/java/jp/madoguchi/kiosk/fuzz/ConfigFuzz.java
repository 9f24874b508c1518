package jp.madoguchi.kiosk.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import jp.madoguchi.devices.spi.Settings;
import jp.madoguchi.devices.spi.SettingsException;
import jp.madoguchi.kiosk.app.ConfigKeys;
import jp.madoguchi.kiosk.app.DeviceSetup;
import jp.madoguchi.kiosk.app.KioskConfig;

/**
 * Configuration files as {@code --config FILE} hands them to every command: every known key
 * (and rule keys, and unknown ones) with values good and bad, then mutated byte by byte (broken
 * escapes, invalid UTF-8, a byte-order mark, line noise). Each file goes through what a command
 * reads at start-up: loading (strict keys, rule data, photo spec, mode, pixel limit), the device
 * choice without opening a device, the language, idle policy and municipality. Oracle: a file
 * that cannot be used is refused naming the key or the file, never with another exception.
 */
final class ConfigFuzz implements FuzzTarget {
    private static final List<String> VALUES = List.of("", "sim", "cups", "serial", "camera", "webcam", "0", "-1", "20", "90",
        "99999999999999999999", "1e999", "NaN", "true", "false", "yes", "ja", "en", "xx", "shinjuku", "atlantis", "production",
        "development", "/dev/null", "/tmp/../..", "\\u0041", "\\u00", "\\", "日本語", "\t ", "madoguchi-pdf", "a b c", "/tmp/a\u0000b");
    private static final List<String> RULE_KEYS = List.of("rules.fees.card_reissue_yen", "rules.photo.max_roll_deg",
        "rules.photo.file_min_bytes", "rules.municipality.fukuoka.support_lines.0.phone", "rules.validity.adult_age",
        "rules.no.such.key", "rules.photo.max_roll_deg.source", "rules.");

    private final Path folder;

    ConfigFuzz() {
        try {
            folder = Files.createTempDirectory("madoguchi-config-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final Tally tally = new Tally();

    @Override
    public String name() {
        return "config";
    }

    @Override
    public String tally() {
        return tally.toString();
    }

    @Override
    public Case next(Random random) {
        List<String> keys = new ArrayList<>(ConfigKeys.all().keySet());
        keys.addAll(RULE_KEYS);
        StringBuilder text = new StringBuilder(random.nextInt(4) == 0 ? "\uFEFF# a site's file\n" : "# a site's file\n");
        int lines = random.nextInt(12);
        for (int i = 0; i < lines; i++) {
            String key = random.nextInt(15) == 0 ? "kiosk.langauge" : keys.get(random.nextInt(keys.size()));
            text.append(key).append(random.nextBoolean() ? "=" : " : ").append(VALUES.get(random.nextInt(VALUES.size())))
                .append(random.nextInt(10) == 0 ? "\r\n" : "\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = random.nextInt(3) == 0 ? Mutations.mutate(random, bytes) : bytes;
        return new Case() {
            @Override
            public String run() throws IOException {
                Path path = Files.write(folder.resolve("kiosk.properties"), file);
                try {
                    Settings settings = KioskConfig.load(Optional.of(path), Map.of());
                    DeviceSetup.simulated(settings);
                    KioskConfig.language(settings);
                    KioskConfig.idlePolicy(settings);
                    KioskConfig.counterAdvice(settings);
                    tally.count("accepted");
                } catch (SettingsException e) {
                    tally.count("refused");
                    return e.getMessage() == null || e.getMessage().isBlank() ? "a refusal without words" : null;
                } finally {
                    Files.deleteIfExists(path);
                }
                return null;
            }

            @Override
            public String describe() {
                return lines + " lines" + (file == bytes ? "" : ", mutated") + ", " + file.length + " bytes";
            }
        };
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(folder.resolve("kiosk.properties"));
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a temporary folder of the run: the system's cleaner removes it
        }
    }
}
