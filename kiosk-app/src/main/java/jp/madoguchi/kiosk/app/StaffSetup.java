package jp.madoguchi.kiosk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import jp.madoguchi.devices.spi.Settings;
import jp.madoguchi.kiosk.documents.StaffSheets;
import jp.madoguchi.kiosk.flow.CounterAdvice;
import jp.madoguchi.kiosk.flow.KioskDevices;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.kiosk.staff.AuditLog;
import jp.madoguchi.kiosk.staff.DayTally;
import jp.madoguchi.kiosk.staff.EntryLock;
import jp.madoguchi.kiosk.staff.OutboxView;
import jp.madoguchi.kiosk.staff.StaffAccounts;
import jp.madoguchi.kiosk.staff.StaffDatabase;
import jp.madoguchi.kiosk.staff.StaffDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Assembles staff mode from the configuration: the staff file, the audit database, the desk. */
final class StaffSetup {
    private static final Logger LOG = LoggerFactory.getLogger(StaffSetup.class);

    private StaffSetup() {
    }

    static StaffDesk desk(Settings settings, KioskDevices devices, StaffDatabase db, DayTally today, OutboxView outbox,
                          CounterAdvice advice, Clock clock) {
        return new StaffDesk(accounts(KioskConfig.staffFile(settings)), new EntryLock(db, clock), new AuditLog(db, clock),
            today, outbox, devices.all(), devices.printer(), devices.register(), new StaffSheets(advice.municipality()),
            clock, formLanguages(), KioskConfig.staffLanguage(settings));
    }

    /**
     * The staff file, read at every sign-in (so {@code ./kiosk staff add} needs no restart). A file
     * damaged since start-up is logged and the last good list kept, so staff are never locked out by it.
     */
    static Supplier<StaffAccounts> accounts(Path file) {
        StaffAccounts[] lastGood = {StaffAccounts.load(file)};
        return () -> {
            try {
                lastGood[0] = StaffAccounts.load(file);
            } catch (StaffAccounts.StaffFileException e) {
                LOG.error("staff file unusable, keeping the last good one: {}", e.getMessage());
            }
            return lastGood[0];
        };
    }

    /** The kiosk's version, as the jar's manifest says (Maven sets it). */
    static String version() {
        String version = StaffSetup.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    static List<String> formLanguages() {
        return Arrays.stream(Language.values()).map(Language::code).toList();
    }
}
