package jp.madoguchi.kiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.kiosk.scenario.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Five wrong PINs lock staff entry for 5 minutes, then 10, 20...; a right PIN resets; a restart does not. */
class StaffSignInLockoutTest {
    private static final String PIN = "730419";
    @TempDir
    Path folder;
    final ManualClock clock = new ManualClock(Instant.parse("2026-11-24T01:00:00Z"));
    StaffDatabase db;
    StaffSignIn signIn;

    @BeforeEach
    void open() {
        db = StaffDatabase.open(folder.resolve("audit.db"));
        signIn = signIn(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Few PBKDF2 rounds: this test types dozens of PINs; the stored rounds travel in the hash. */
    private StaffSignIn signIn(StaffDatabase database) {
        StaffAccounts staff = StaffAccounts.empty().with(new StaffAccounts.Member("0042", "Tanaka",
            new PinHash(1_000).hash(PIN.toCharArray())));
        return new StaffSignIn(() -> staff, new EntryLock(database, clock), new AuditLog(database, clock));
    }

    private StaffSignIn.Result attempt(String pin) {
        signIn.start(Optional.of("0042"));
        StaffSignIn.Result last = StaffSignIn.Result.NOTHING;
        for (char c : pin.toCharArray()) {
            last = signIn.on(new StaffInput.Digit(c - '0'));
        }
        return last.notice().isPresent() ? last : signIn.on(new StaffInput.Enter());
    }

    @Test
    void fiveWrongPinsLockEntryForFiveMinutesAndTheNextRoundForTen() {
        for (int i = 1; i <= 4; i++) {
            StaffSignIn.Result r = attempt("111112");
            assertThat(r.signedIn()).isEmpty();
            assertThat(r.notice()).hasValueSatisfying(n -> assertThat(n.key()).isEqualTo("signIn.wrong"));
        }
        assertThat(attempt("111112").notice()).hasValueSatisfying(n -> assertThat(n.key()).isEqualTo("signIn.locked"));
        assertThat(attempt(PIN).signedIn()).as("locked: even the right PIN does not open").isEmpty();

        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        assertThat(attempt(PIN).signedIn()).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        for (int i = 1; i <= 5; i++) {
            attempt("111112");
        }
        Instant lockedAt = clock.instant();
        assertThat(new EntryLock(db, clock).lockedUntil()).as("the second lock lasts twice as long")
            .contains(lockedAt.plus(Duration.ofMinutes(10)));
        clock.advance(Duration.ofMinutes(10));
        assertThat(attempt(PIN).signedIn()).map(StaffAccounts.Member::id).contains("0042");
        assertThat(new EntryLock(db, clock).triesLeft()).as("a right PIN resets the count").isEqualTo(5);
    }

    @Test
    void anUnknownStaffIdCountsAsAWrongTryAndIsNeverWritten() {
        for (int i = 0; i < 5; i++) {
            signIn.start(Optional.empty());
            "123456789018".chars().limit(8).forEach(c -> signIn.on(new StaffInput.Digit(c - '0')));
            signIn.on(new StaffInput.Enter());
            "654321".chars().forEach(c -> signIn.on(new StaffInput.Digit(c - '0')));
            signIn.on(new StaffInput.Enter());
        }
        assertThat(new EntryLock(db, clock).lockedUntil()).isPresent();
        assertThat(rows()).allSatisfy(row -> assertThat(row).startsWith("-").doesNotContain("12345678"));
    }

    @Test
    void restartingTheKioskDoesNotLiftALock() {
        for (int i = 0; i < 5; i++) {
            attempt("111112");
        }
        db.close();
        db = StaffDatabase.open(folder.resolve("audit.db"));
        signIn = signIn(db);
        assertThat(attempt(PIN).signedIn()).isEmpty();
        assertThat(new AuditLog(db, clock).verify().intact()).isTrue();
    }

    private List<String> rows() {
        List<String> out = new java.util.ArrayList<>();
        try (var q = db.connection().prepareStatement("SELECT staff, action, detail FROM audit"); var r = q.executeQuery()) {
            while (r.next()) {
                out.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
