package jp.madoguchi.kiosk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ./kiosk scenario run FILE...}: scenario files (docs/SCENARIOS.md) played on a simulated kiosk. */
@Command(name = "scenario", mixinStandardHelpOptions = true,
    description = {"Scenario files: a resident's visit, device faults and expectations, written down once and replayed exactly.",
        "See docs/SCENARIOS.md."},
    subcommands = {ScenarioRunCommand.class})
public final class ScenarioCommand implements Callable<Integer> {
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
