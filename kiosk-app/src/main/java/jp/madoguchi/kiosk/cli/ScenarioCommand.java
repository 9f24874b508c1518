package jp.madoguchi.kiosk.cli;

import picocli.CommandLine.Command;

/** {@code ./kiosk scenario run FILE...}: scenario files (docs/SCENARIOS.md) played on a simulated kiosk. */
@Command(name = "scenario", mixinStandardHelpOptions = true,
    description = {"Scenario files: a resident's visit, device faults and expectations, written down once and replayed exactly.",
        "See docs/SCENARIOS.md."},
    subcommands = {ScenarioRunCommand.class})
public final class ScenarioCommand extends CommandGroup {
}
