package jp.madoguchi.kiosk.submit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the outbox's SQLite file the way an application that must not be lost needs it: WAL with
 * synchronous=FULL (a commit is on disk when it returns, and survives kill -9 and power loss),
 * secure_delete (a delivered row's bytes are overwritten, not just unlinked), and an optional page
 * limit (the outbox never fills the kiosk's disk). A file SQLite cannot read, or whose quick check
 * fails, is moved aside under a dated name, reported, and a new outbox is started: the kiosk keeps
 * working and staff can try to recover the old file.
 */
final class OutboxDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDatabase.class);
    static final String FILE = "outbox.db";
    static final String CORRUPT = FILE + ".corrupt-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    /** SQLite's primary result codes for "this is not (any more) a database". */
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;

    private OutboxDatabase() {
    }

    static Connection open(Path dir, Optional<Integer> maxMegabytes) throws SQLException, IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(FILE);
        try {
            return connect(file, maxMegabytes);
        } catch (SQLException e) {
            if (!corrupt(e)) {
                throw e;
            }
            Path aside = moveAside(file);
            LOG.error("outbox {} is damaged ({}); moved aside to {} and a new outbox started", file, e.getMessage(), aside);
            return connect(file, maxMegabytes);
        }
    }

    /** Damaged outbox files moved aside, oldest first (they stay until staff deal with them). */
    static List<Path> movedAside(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(CORRUPT))
                .filter(p -> !p.getFileName().toString().endsWith("-wal") && !p.getFileName().toString().endsWith("-shm"))
                .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Connection connect(Path file, Optional<Integer> maxMegabytes) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 10000");
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = FULL");
            s.execute("PRAGMA secure_delete = ON");
            if (maxMegabytes.isPresent()) {
                s.execute("PRAGMA max_page_count = " + pages(s, maxMegabytes.get()));
            }
            try (ResultSet check = s.executeQuery("PRAGMA quick_check")) {
                String verdict = check.next() ? check.getString(1) : "no answer";
                if (!"ok".equals(verdict)) {
                    throw new SQLException("quick_check: " + verdict, "corrupt", SQLITE_CORRUPT);
                }
            }
            s.execute("""
                CREATE TABLE IF NOT EXISTS applications (
                  key TEXT PRIMARY KEY,
                  state TEXT NOT NULL CHECK (state IN ('pending', 'refused', 'unreadable')),
                  created_at INTEGER NOT NULL,
                  attempts INTEGER NOT NULL DEFAULT 0,
                  next_attempt_at INTEGER NOT NULL,
                  last_error TEXT,
                  reason TEXT,
                  form_tail TEXT NOT NULL,
                  key_id TEXT NOT NULL,
                  nonce BLOB NOT NULL,
                  sealed BLOB NOT NULL)""");
            s.execute("CREATE INDEX IF NOT EXISTS due ON applications (state, next_attempt_at)");
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    private static long pages(Statement s, int megabytes) throws SQLException {
        try (ResultSet size = s.executeQuery("PRAGMA page_size")) {
            long pageSize = size.next() ? size.getLong(1) : 4096;
            return Math.max(16, megabytes * 1024L * 1024L / pageSize);
        }
    }

    private static boolean corrupt(SQLException e) {
        int code = e.getErrorCode() & 0xFF; // extended codes carry the primary one in the low byte
        return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
    }

    private static Path moveAside(Path file) throws IOException {
        Path aside = file.resolveSibling(CORRUPT + STAMP.format(Instant.now()));
        for (String suffix : new String[] {"-wal", "-shm", ""}) {
            Path part = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(part)) {
                Files.move(part, aside.resolveSibling(aside.getFileName() + suffix), StandardCopyOption.ATOMIC_MOVE);
            }
        }
        return aside;
    }
}
