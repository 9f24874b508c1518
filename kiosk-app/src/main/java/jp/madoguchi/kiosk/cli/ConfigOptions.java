package jp.madoguchi.kiosk.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.madoguchi.devices.spi.Settings;
import jp.madoguchi.kiosk.app.KioskConfig;
import picocli.CommandLine.Option;

/** --config and --set, shared by every command that starts devices. */
public final class ConfigOptions {
    @Option(names = "--config", paramLabel = "FILE",
        description = "Configuration file (default: kiosk.properties in the project root, if present).")
    Path config;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
        description = "Override one configuration key, e.g. --set printer.output=/tmp/out (repeatable).")
    Map<String, String> overrides = new LinkedHashMap<>();

    public Settings settings() {
        return KioskConfig.load(Optional.ofNullable(config), overrides);
    }
}
