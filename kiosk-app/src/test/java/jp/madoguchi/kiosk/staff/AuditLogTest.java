package jp.madoguchi.kiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import jp.madoguchi.kiosk.scenario.ManualClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit log is append-only and hash-chained: any change after the fact shows, and where. */
class AuditLogTest {
    @TempDir
    Path folder;
    final ManualClock clock = new ManualClock(Instant.parse("2026-11-24T01:00:00Z"));

    private Path logWithFiveRecords() {
        Path file = folder.resolve("audit.db");
        try (StaffDatabase db = StaffDatabase.open(file)) {
            AuditLog log = new AuditLog(db, clock);
            log.append(AuditLog.Action.LOGIN, "0042", "signed in");
            log.append(AuditLog.Action.REISSUE, "0042", "residence card checked; new form ***0987, form ***4821 void");
            log.append(AuditLog.Action.HAND_OVER, "0042", "kiosk handed to the resident to apply with form ***0987");
            log.append(AuditLog.Action.OUTBOX_RETRY, "0042", "retry now; 2 pending");
            log.append(AuditLog.Action.LOGOUT, "0042", "signed out");
            assertThat(log.verify()).satisfies(v -> {
                assertThat(v.intact()).isTrue();
                assertThat(v.records()).isEqualTo(5);
            });
        }
        return file;
    }

    private static void tamper(Path file, String... sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    private static AuditLog.Verification verify(Path file) {
        try (StaffDatabase db = StaffDatabase.openReadOnly(file)) {
            return new AuditLog(db, Clock.FIXED).verify();
        }
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveARecord() {
        Path file = logWithFiveRecords();
        assertThatThrownBy(() -> tamper(file, "UPDATE audit SET staff = '0043' WHERE seq = 2")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> tamper(file, "DELETE FROM audit WHERE seq = 5")).hasMessageContaining("append-only");
        assertThat(verify(file).intact()).isTrue();
    }

    @Test
    void aChangedRecordBreaksTheChainThereEvenWithTheTriggersDropped() throws SQLException {
        Path file = logWithFiveRecords();
        tamper(file, "DROP TRIGGER audit_no_update", "UPDATE audit SET detail = 'nothing happened' WHERE seq = 2");
        AuditLog.Verification v = verify(file);
        assertThat(v.intact()).isFalse();
        assertThat(v.brokenAt()).contains(2L);
        assertThat(v.problem()).contains("record 2 was changed");
    }

    @Test
    void aRemovedRecordShows() throws SQLException {
        Path file = logWithFiveRecords();
        tamper(file, "DROP TRIGGER audit_no_delete", "DELETE FROM audit WHERE seq = 3");
        assertThat(verify(file).brokenAt()).contains(3L);
        assertThat(verify(file).problem()).contains("record 3 is missing");
    }

    @Test
    void aRecordRewrittenWithItsOwnHashStillBreaksTheNextLink() throws SQLException {
        Path file = logWithFiveRecords();
        String forged = AuditLog.chain(AuditLog.GENESIS, 1, "2026-11-24T01:00:00Z", "0043", "LOGIN", "signed in");
        tamper(file, "DROP TRIGGER audit_no_update",
            "UPDATE audit SET staff = '0043', at = '2026-11-24T01:00:00Z', hash = '" + forged + "' WHERE seq = 1");
        assertThat(verify(file).brokenAt()).as("record 2 names the old record 1's hash").contains(2L);
    }

    @Test
    void aRecordCannotCarryAPersonalNumber() {
        try (StaffDatabase db = StaffDatabase.open(folder.resolve("audit.db"))) {
            AuditLog log = new AuditLog(db, clock);
            assertThatThrownBy(() -> log.append(AuditLog.Action.REISSUE, "0042", "new form 98765432109876543210987"))
                .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> log.append(AuditLog.Action.PIN_WRONG, "123456789018", "wrong PIN"))
                .isInstanceOf(IllegalArgumentException.class);
            assertThat(log.verify().records()).isZero();
        }
    }

    /** A clock for reading only. */
    private static final class Clock {
        static final java.time.Clock FIXED = java.time.Clock.fixed(Instant.EPOCH, java.time.ZoneOffset.UTC);
    }
}
