package jp.madoguchi.kiosk.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.madoguchi.devices.spi.Settings;
import jp.madoguchi.kiosk.app.KioskConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * --config and --set, on every command and also before the command word
 * ({@code ./kiosk --set K=V advise ...}, as {@code --help} shows them): options given to the
 * command itself win over those given before it. Loading checks every key, so a misspelt key
 * stops any command, naming the closest known key.
 */
public final class ConfigOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--config", paramLabel = "FILE",
        description = "Configuration file (default: kiosk.properties in the project root, if present).")
    Path config;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
        description = "Override one configuration key, e.g. --set printer.output=/tmp/out (repeatable).")
    Map<String, String> overrides = new LinkedHashMap<>();

    /** The configuration, checked: unknown keys and unreadable files stop the command (exit 2). */
    public Settings settings() {
        Optional<ConfigOptions> before = beforeCommand();
        Optional<Path> file = Optional.ofNullable(config).or(() -> before.map(b -> b.config));
        Map<String, String> merged = new LinkedHashMap<>();
        before.ifPresent(b -> merged.putAll(b.overrides));
        merged.putAll(overrides);
        return KioskConfig.load(file, merged);
    }

    /** The --config/--set given before the command word, on ./kiosk itself. */
    private Optional<ConfigOptions> beforeCommand() {
        if (mixee == null || mixee.parent() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(mixee.parent().mixins().get("config"))
            .map(CommandSpec::userObject)
            .filter(ConfigOptions.class::isInstance)
            .map(ConfigOptions.class::cast);
    }
}
