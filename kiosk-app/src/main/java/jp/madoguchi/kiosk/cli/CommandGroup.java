package jp.madoguchi.kiosk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that only gathers subcommands ({@code outbox}, {@code scenario}): run on its own it
 * still checks the configuration it was given (a misspelt key is refused), then lists what it offers.
 */
abstract class CommandGroup implements Callable<Integer> {
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
