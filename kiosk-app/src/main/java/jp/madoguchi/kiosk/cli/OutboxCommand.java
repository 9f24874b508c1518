package jp.madoguchi.kiosk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ./kiosk outbox status|drain}: the applications this kiosk has not delivered yet. */
@Command(name = "outbox", mixinStandardHelpOptions = true,
    description = {"The outbox: applications stored in this kiosk (encrypted) until the receiving side acknowledges them.",
        "See docs/OUTBOX.md."},
    subcommands = {OutboxStatusCommand.class, OutboxDrainCommand.class})
public final class OutboxCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() {
        config.settings();
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
