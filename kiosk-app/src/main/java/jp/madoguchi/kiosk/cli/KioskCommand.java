package jp.madoguchi.kiosk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ./kiosk}: with no subcommand, the kiosk itself (same as {@code ./kiosk run}). */
@Command(name = "kiosk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Madoguchi: the My Number Card application kiosk for foreign residents.",
    subcommands = {RunCommand.class, SimCommand.class, ShotsCommand.class, AdviseCommand.class, PrintCommand.class,
        PhotoCheckCommand.class, PhotoAccuracyCommand.class, PhotoBenchCommand.class,
        ScanImageCommand.class, ScanBenchCommand.class, ScanFuzzCommand.class, StaffCommand.class, AuditCommand.class,
        SpeakCommand.class, FuzzCommand.class, OutboxCommand.class, SoakCommand.class,
        SimGatewayCommand.class, ScenarioCommand.class})
public final class KioskCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() throws Exception {
        RunCommand run = new RunCommand();
        run.config = config;
        run.spec = spec;
        return run.call();
    }
}
