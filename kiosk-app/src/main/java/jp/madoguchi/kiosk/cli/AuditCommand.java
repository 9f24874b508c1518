package jp.madoguchi.kiosk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import jp.madoguchi.kiosk.app.KioskConfig;
import jp.madoguchi.kiosk.staff.AuditLog;
import jp.madoguchi.kiosk.staff.StaffDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ./kiosk audit verify}: walks the staff audit log's hash chain and says whether anything was changed. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "The staff audit log (audit.db).",
    subcommands = {AuditCommand.Verify.class})
public final class AuditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return StaffCommand.BAD_INPUT;
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check that no audit record was changed, removed or inserted since it was written.",
            "Exit 0: intact; 1: the chain is broken (the first bad record is named); 2: no audit log."})
    static final class Verify implements Callable<Integer> {
        static final int BROKEN = 1;

        @Spec
        CommandSpec spec;
        @Mixin
        ConfigOptions config;

        @Override
        public Integer call() {
            Path file = KioskConfig.auditDatabase(config.settings());
            if (!Files.isRegularFile(file)) {
                return StaffCommand.fail(spec, "no audit log at " + file + " (set audit.db)");
            }
            AuditLog.Verification v;
            try (StaffDatabase db = StaffDatabase.openReadOnly(file)) {
                v = new AuditLog(db, Clock.systemUTC()).verify();
            }
            if (v.intact()) {
                spec.commandLine().getOut().println("audit log " + file + ": " + v.records() + " records, hash chain intact");
                return 0;
            }
            spec.commandLine().getOut().println("audit log " + file + ": TAMPERED: " + v.problem()
                + (v.records() > 0 ? " (records 1 to " + v.records() + " are intact)" : ""));
            return BROKEN;
        }
    }
}
