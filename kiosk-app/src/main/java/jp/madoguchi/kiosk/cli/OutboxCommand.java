package jp.madoguchi.kiosk.cli;

import picocli.CommandLine.Command;

/** {@code ./kiosk outbox status|drain}: the applications this kiosk has not delivered yet. */
@Command(name = "outbox", mixinStandardHelpOptions = true,
    description = {"The outbox: applications stored in this kiosk (encrypted) until the receiving side acknowledges them.",
        "See docs/OUTBOX.md."},
    subcommands = {OutboxStatusCommand.class, OutboxDrainCommand.class})
public final class OutboxCommand extends CommandGroup {
}
