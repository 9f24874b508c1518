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
        Path file = null;
        Map<String, String> merged = new LinkedHashMap<>();
        for (ConfigOptions level : fromTheRoot()) { // ./kiosk --set A outbox --set B status --set C: C wins, then B, then A
            file = level.config != null ? level.config : file;
            merged.putAll(level.overrides);
        }
        return KioskConfig.load(Optional.ofNullable(file), merged);
    }

    /** The --config/--set given on ./kiosk itself, on each command word, and on this command, outermost first. */
    private java.util.List<ConfigOptions> fromTheRoot() {
        java.util.LinkedList<ConfigOptions> levels = new java.util.LinkedList<>();
        levels.add(this);
        for (CommandSpec up = mixee == null ? null : mixee.parent(); up != null; up = up.parent()) {
            Optional.ofNullable(up.mixins().get("config")).map(CommandSpec::userObject)
                .filter(ConfigOptions.class::isInstance).map(ConfigOptions.class::cast).ifPresent(levels::addFirst);
        }
        return levels;
    }
}
