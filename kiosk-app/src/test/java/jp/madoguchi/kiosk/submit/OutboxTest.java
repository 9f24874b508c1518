package jp.madoguchi.kiosk.submit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import jp.madoguchi.devices.api.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox on a real SQLite file: what is on disk, what survives, what staff see. */
class OutboxTest {
    static final String FORM_ID = "98765432109876543210123";
    static final byte[] PHOTO = ("\u00FF\u00D8\u00FFJFIF-the-resident's-face-" + "x".repeat(3000)).getBytes(StandardCharsets.ISO_8859_1);

    @TempDir
    Path dir;
    final Clock clock = Clock.fixed(Instant.parse("2026-11-24T01:00:00Z"), ZoneOffset.UTC);

    OutboxConfig config() {
        return new OutboxConfig(dir.resolve("outbox"), dir.resolve("keys").resolve("outbox.key"), Optional.empty(), Optional.empty());
    }

    static Application application() {
        return new Application(UUID.randomUUID(), FORM_ID, LocalDate.of(1987, 6, 5), true, false, false, PHOTO, "kiosk-1",
            Instant.parse("2026-11-24T01:00:00Z"));
    }

    @Test
    void personalDataIsOnDiskOnlyEncryptedAndTheKeyFileIsPrivate() throws Exception {
        try (Outbox outbox = Outbox.open(config(), clock)) {
            Application a = application();
            outbox.keep(a);
            assertThat(outbox.application(a.key())).hasValueSatisfying(back -> {
                assertThat(back.formIdDigits()).isEqualTo(FORM_ID);
                assertThat(back.dateOfBirth()).isEqualTo(LocalDate.of(1987, 6, 5));
                assertThat(back.photoJpeg()).isEqualTo(PHOTO);
            });
        }
        String onDisk = everythingIn(dir.resolve("outbox"));
        assertThat(onDisk).doesNotContain(FORM_ID).doesNotContain("1987-06-05").doesNotContain("the-resident's-face")
            .doesNotContain("kiosk-1");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config().keyFile()))).isEqualTo("rw-------");
    }

    @Test
    void anAcknowledgedApplicationIsDeletedAndItsBytesOverwritten() throws Exception {
        Application a = application();
        try (Outbox outbox = Outbox.open(config(), clock)) {
            outbox.keep(a);
            assertThat(everythingIn(dir.resolve("outbox"))).contains(a.key().toString());
            outbox.delivered(a.key());
            assertThat(outbox.status().total()).isZero();
            assertThat(everythingIn(dir.resolve("outbox"))).as("secure_delete and a truncated WAL: not even the row's key remains")
                .doesNotContain(a.key().toString());
        }
    }

    @Test
    void stateSurvivesAReopenAndStaffSeeOnlyTheLastFourDigits() throws Exception {
        Application refused = application();
        Application waiting = application();
        try (Outbox outbox = Outbox.open(config(), clock)) {
            outbox.keep(refused);
            outbox.keep(waiting);
            outbox.refused(refused.key(), "unknown_form_id");
            outbox.deferred(waiting.key(), 1, Instant.parse("2026-11-24T02:00:00Z"), "503");
            assertThat(outbox.due(10)).isEmpty();
        }
        try (Outbox again = Outbox.open(config(), Clock.offset(clock, java.time.Duration.ofMinutes(5)))) {
            OutboxStatus status = again.status();
            assertThat(status.pending()).isEqualTo(1);
            assertThat(status.refused()).isEqualTo(1);
            assertThat(status.oldestPendingAge()).contains(java.time.Duration.ofMinutes(5));
            assertThat(status.held()).singleElement().satisfies(h -> {
                assertThat(h.formIdTail()).isEqualTo("0123");
                assertThat(h.reason()).isEqualTo("unknown_form_id");
                assertThat(h.key()).isEqualTo(refused.key());
            });
            assertThat(status.toString()).doesNotContain(FORM_ID);
            again.retryNow();
            assertThat(again.due(10)).extracting(Outbox.Due::key).containsExactly(waiting.key());
        }
    }

    @Test
    void aDamagedOutboxFileIsMovedAsideReportedAndANewOneStarts() throws Exception {
        Path outboxDir = Files.createDirectories(dir.resolve("outbox"));
        Files.writeString(outboxDir.resolve("outbox.db"), "this is not a database, it is a disk error ".repeat(200));
        try (Outbox outbox = Outbox.open(config(), clock)) {
            outbox.keep(application());
            OutboxStatus status = outbox.status();
            assertThat(status.pending()).isEqualTo(1);
            assertThat(status.movedAside()).singleElement()
                .satisfies(p -> assertThat(p.getFileName().toString()).startsWith("outbox.db.corrupt-"));
            assertThat(Files.readString(status.movedAside().get(0))).startsWith("this is not a database");
        }
    }

    @Test
    void aRotatedKeyStillOpensOlderRowsWhileTheOldKeyIsConfigured() throws Exception {
        Application old = application();
        try (Outbox outbox = Outbox.open(config(), clock)) {
            outbox.keep(old);
        }
        Path oldKey = Files.move(config().keyFile(), dir.resolve("keys").resolve("outbox.key.old"));
        OutboxConfig rotated = new OutboxConfig(config().dir(), config().keyFile(), Optional.of(oldKey), Optional.empty());
        try (Outbox outbox = Outbox.open(rotated, clock)) {
            Application fresh = application();
            outbox.keep(fresh);
            assertThat(outbox.application(old.key())).isPresent();
            assertThat(outbox.application(fresh.key())).isPresent();
        }
        try (Outbox withoutOldKey = Outbox.open(config(), clock)) {
            assertThat(withoutOldKey.application(old.key())).as("never decrypted into garbage").isEmpty();
            assertThat(withoutOldKey.status().unreadable()).isEqualTo(1);
            assertThat(withoutOldKey.status().held().get(0).reason()).contains("cannot be opened");
        }
    }

    @Test
    void anOutboxThatCannotBeCreatedRefusesToKeepAndSaysWhy() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        OutboxConfig impossible = new OutboxConfig(file.resolve("outbox"), file.resolve("outbox.key"), Optional.empty(),
            Optional.empty());
        try (Outbox outbox = Outbox.open(impossible, clock)) {
            assertThatThrownBy(() -> outbox.keep(application())).isInstanceOf(OutboxException.class)
                .hasMessageNotContaining(FORM_ID);
            assertThat(outbox.status().problem()).isPresent();
        }
    }

    static String everythingIn(Path folder) throws Exception {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                all.append(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }
}
