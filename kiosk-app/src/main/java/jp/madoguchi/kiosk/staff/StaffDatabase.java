package jp.madoguchi.kiosk.staff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The kiosk's staff database (SQLite, {@code audit.db}): the append-only audit log and the staff
 * entry lock, which must survive a restart (pulling the plug must not reset a lockout). One
 * connection, used under this object's lock.
 */
public final class StaffDatabase implements AutoCloseable {
    private final Connection connection;
    private final Path file;

    private StaffDatabase(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    public static StaffDatabase open(Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("CREATE TABLE IF NOT EXISTS audit (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, staff TEXT NOT NULL,"
                    + " action TEXT NOT NULL, detail TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)");
                // append-only: the database itself refuses to change or remove a record; the hash chain
                // shows it if someone drops these triggers and does it anyway
                s.execute("CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit"
                    + " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END");
                s.execute("CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit"
                    + " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END");
                s.execute("CREATE TABLE IF NOT EXISTS entry_lock (id INTEGER PRIMARY KEY CHECK (id = 1),"
                    + " failures INTEGER NOT NULL, lockouts INTEGER NOT NULL, locked_until TEXT)");
                s.execute("INSERT OR IGNORE INTO entry_lock (id, failures, lockouts, locked_until) VALUES (1, 0, 0, NULL)");
            }
            return new StaffDatabase(file, c);
        } catch (SQLException | IOException e) {
            throw new StaffDatabaseException(file + ": cannot open the staff database (" + e.getMessage() + ")", e);
        }
    }

    /** Opens an existing database read-only, changing nothing in it (for checking a log that may have been tampered with). */
    public static StaffDatabase openReadOnly(Path file) {
        try {
            org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
            config.setReadOnly(true);
            return new StaffDatabase(file, config.createConnection("jdbc:sqlite:" + file.toAbsolutePath()));
        } catch (SQLException e) {
            throw new StaffDatabaseException(file + ": cannot open the staff database (" + e.getMessage() + ")", e);
        }
    }

    Connection connection() {
        return connection;
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing: nothing left to lose
        }
    }

    /** The database cannot be opened, read or written; the message names the file. */
    public static final class StaffDatabaseException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public StaffDatabaseException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
