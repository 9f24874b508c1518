package jp.madoguchi.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalogue of configuration keys is complete: every key the code reads is in it, and every
 * key in it is documented in config/kiosk.example.properties. A key read but not catalogued would
 * be refused as unknown the day a site sets it; a catalogued key not documented is one nobody finds.
 */
class ConfigKeysTest {
    private static final Path ROOT = KioskConfig.home();
    private static final Pattern READ = Pattern.compile("\\.(?:get|getInt|getLong|getDouble|getBoolean|find|findPath)"
        + "\\(\\s*\"([a-z]+\\.[a-z0-9_.]+)\"");
    private static final Pattern DOCUMENTED = Pattern.compile("(?m)^#?\\s*([a-z]+\\.[a-z0-9_.]+)\\s*=");

    @Test
    void everyKeyTheCodeReadsIsCatalogued() throws IOException {
        Set<String> read = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(ROOT)) {
            for (Path file : sources.filter(p -> p.toString().endsWith(".java"))
                .filter(p -> p.toString().contains("/src/main/java/")).toList()) {
                Matcher m = READ.matcher(Files.readString(file));
                while (m.find()) {
                    read.add(m.group(1));
                }
            }
        }
        assertThat(read).as("keys read somewhere in src/main").isNotEmpty()
            .allSatisfy(key -> assertThat(ConfigKeys.known(key)).as(key + " is in ConfigKeys").isTrue());
    }

    @Test
    void everyCataloguedKeyIsDocumentedInTheExampleAndNothingElseIs() throws IOException {
        String example = Files.readString(ROOT.resolve("config/kiosk.example.properties"));
        Set<String> documented = new TreeSet<>();
        Matcher m = DOCUMENTED.matcher(example);
        while (m.find()) {
            documented.add(m.group(1));
        }
        assertThat(documented).containsAll(ConfigKeys.all().keySet());
        assertThat(documented).allSatisfy(key -> assertThat(ConfigKeys.known(key)).as(key).isTrue());
    }

    @Test
    void aTypoGetsTheKeyItWasMeantToBe() {
        assertThat(ConfigKeys.closest("gateway.provder")).hasValue("gateway.provider");
        assertThat(ConfigKeys.closest("printer.provide")).hasValue("printer.provider");
        assertThat(ConfigKeys.closest("kiosk.langauge")).hasValue("kiosk.language");
        assertThat(ConfigKeys.closest("Camera.Provider")).hasValue("camera.provider");
        assertThat(ConfigKeys.closest("tea.time")).isEmpty();
    }
}
