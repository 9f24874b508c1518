package jp.madoguchi.kiosk.submit;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.madoguchi.devices.api.Application;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applications not yet acknowledged by the receiver, on disk and encrypted (AES-256-GCM), in an
 * embedded SQLite database. {@link #keep} returns only after the row is committed and synced; an
 * acknowledged row is deleted (and, with secure_delete, overwritten). Refused and unreadable rows
 * stay for staff with their reason. One connection, used under this object's lock; the network is
 * never called while the lock is held.
 */
public final class Outbox implements ApplicationStore, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private final OutboxConfig config;
    private final Clock clock;
    private final List<Runnable> onKept = new CopyOnWriteArrayList<>();
    private Connection connection;
    private Sealer sealer;

    /** A pending application whose time to be sent again has come. */
    public record Due(UUID key, int attempts) {
    }

    private Outbox(OutboxConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /**
     * Opens the outbox, or remembers why it cannot (then {@link #keep} tries again and fails until
     * the cause is fixed, and the resident is sent to staff): the kiosk starts either way.
     */
    public static Outbox open(OutboxConfig config, Clock clock) {
        Outbox outbox = new Outbox(config, clock);
        try {
            outbox.ready();
        } catch (OutboxException e) {
            LOG.error("the outbox cannot store applications: {}", e.getMessage());
        }
        return outbox;
    }

    /** Runs after each application kept (the sender's nudge). */
    public void onKept(Runnable listener) {
        onKept.add(listener);
    }

    @Override
    public void keep(Application application) throws OutboxException {
        byte[] plain = ApplicationCodec.write(application);
        try {
            synchronized (this) {
                ready();
                Sealer.Sealed sealed = sealer.seal(application.key(), plain);
                long now = clock.millis();
                try (PreparedStatement insert = connection.prepareStatement("INSERT OR IGNORE INTO applications "
                    + "(key, state, created_at, next_attempt_at, form_tail, key_id, nonce, sealed) VALUES (?, 'pending', ?, ?, ?, ?, ?, ?)")) {
                    insert.setString(1, application.key().toString());
                    insert.setLong(2, now);
                    insert.setLong(3, now);
                    insert.setString(4, application.formIdTail());
                    insert.setString(5, sealed.keyId());
                    insert.setBytes(6, sealed.nonce());
                    insert.setBytes(7, sealed.ciphertext());
                    insert.executeUpdate(); // autocommit: with synchronous=FULL the row is on disk now
                }
            }
        } catch (SQLException e) {
            forgetConnectionUnlessFull(e);
            throw new OutboxException(storeFailure(e), e);
        } catch (GeneralSecurityException e) {
            throw new OutboxException("the outbox cannot seal: " + e.getClass().getSimpleName(), e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
        LOG.info("application {} kept in the outbox (form ***{})", application.key(), application.formIdTail());
        onKept.forEach(Runnable::run);
    }

    /** Pending applications due now, oldest first. */
    public synchronized List<Due> due(int limit) throws OutboxException {
        ready();
        List<Due> due = new ArrayList<>();
        try (PreparedStatement q = connection.prepareStatement("SELECT key, attempts FROM applications "
            + "WHERE state = 'pending' AND next_attempt_at <= ? ORDER BY created_at LIMIT ?")) {
            q.setLong(1, clock.millis());
            q.setInt(2, limit);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    due.add(new Due(UUID.fromString(r.getString(1)), r.getInt(2)));
                }
            }
            return due;
        } catch (SQLException e) {
            throw new OutboxException("the outbox cannot be read: " + e.getMessage(), e);
        }
    }

    /** The application of a row, decrypted; a row no key opens is marked unreadable for staff. */
    public synchronized Optional<Application> application(UUID key) throws OutboxException {
        ready();
        try (PreparedStatement q = connection.prepareStatement(
            "SELECT key_id, nonce, sealed FROM applications WHERE key = ?")) {
            q.setString(1, key.toString());
            try (ResultSet r = q.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                byte[] plain = sealer.open(key, new Sealer.Sealed(r.getString(1), r.getBytes(2), r.getBytes(3)));
                try {
                    return Optional.of(ApplicationCodec.read(plain));
                } finally {
                    Arrays.fill(plain, (byte) 0);
                }
            }
        } catch (GeneralSecurityException | IOException e) {
            LOG.error("outbox row {} cannot be opened: {}", key, e.getMessage());
            hold(key, "unreadable", "cannot be opened: " + e.getClass().getSimpleName());
            return Optional.empty();
        } catch (SQLException e) {
            throw new OutboxException("the outbox cannot be read: " + e.getMessage(), e);
        }
    }

    /** The receiver acknowledged it: the row is deleted. */
    public synchronized void delivered(UUID key) throws OutboxException {
        update("DELETE FROM applications WHERE key = ?", key.toString());
        if (count("SELECT COUNT(*) FROM applications") == 0) {
            // nothing left to keep: truncate the write-ahead log too, so no old page lingers there
            update("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    /** The receiver refused it (409/422): kept, with the reason, for staff; never sent again by itself. */
    public synchronized void refused(UUID key, String reason) throws OutboxException {
        hold(key, "refused", reason);
    }

    /** Not delivered yet: try again at {@code next}. */
    public synchronized void deferred(UUID key, int attempts, Instant next, String why) throws OutboxException {
        update("UPDATE applications SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE key = ? AND state = 'pending'",
            attempts, next.toEpochMilli(), why, key.toString());
    }

    /** Every pending application becomes due now (staff's "retry now", `./kiosk outbox drain`). */
    public synchronized void retryNow() throws OutboxException {
        update("UPDATE applications SET next_attempt_at = ? WHERE state = 'pending'", clock.millis());
    }

    /** When the next pending application falls due, if any is pending. */
    public synchronized Optional<Instant> nextDue() throws OutboxException {
        long at = count("SELECT COALESCE(MIN(next_attempt_at), -1) FROM applications WHERE state = 'pending'");
        return at < 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(at));
    }

    /** Counts, ages and held items for staff: see {@link OutboxStatus}. */
    public synchronized OutboxStatus status() {
        try {
            ready();
            return OutboxReport.of(connection, clock, OutboxDatabase.movedAside(config.dir()), Optional.empty());
        } catch (OutboxException | SQLException e) {
            return new OutboxStatus(0, 0, 0, Optional.empty(), List.of(), OutboxDatabase.movedAside(config.dir()),
                Optional.of(e.getMessage()));
        }
    }

    private void hold(UUID key, String state, String reason) {
        try {
            update("UPDATE applications SET state = ?, reason = ? WHERE key = ?", state, reason, key.toString());
        } catch (OutboxException e) {
            LOG.error("outbox row {} could not be set aside: {}", key, e.getMessage());
        }
    }

    private void update(String sql, Object... values) throws OutboxException {
        ready();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.execute();
        } catch (SQLException e) {
            throw new OutboxException("the outbox cannot be written: " + e.getMessage(), e);
        }
    }

    private long count(String sql) throws OutboxException {
        ready();
        try (PreparedStatement s = connection.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            return r.next() ? r.getLong(1) : 0;
        } catch (SQLException e) {
            throw new OutboxException("the outbox cannot be read: " + e.getMessage(), e);
        }
    }

    /** Opens the database and the key on first use, and again after a failure (the disk may be back). */
    private synchronized void ready() throws OutboxException {
        if (connection != null) {
            return;
        }
        try {
            sealer = new Sealer(OutboxKeys.load(config.keyFile(), config.previousKey()));
            connection = OutboxDatabase.open(config.dir(), config.maxMegabytes());
        } catch (SQLException | IOException e) {
            throw new OutboxException("the outbox in " + config.dir() + " cannot be opened: " + e.getMessage(), e);
        }
    }

    /** A full outbox stays open (space may be freed); any other write failure reopens on the next use. */
    private synchronized void forgetConnectionUnlessFull(SQLException e) {
        if ((e.getErrorCode() & 0xFF) != 13) {
            close();
        }
    }

    private static String storeFailure(SQLException e) {
        int code = e.getErrorCode() & 0xFF;
        return code == 13 ? "the outbox is full (disk full, or outbox.max.megabytes reached): " + e.getMessage()
            : "the outbox cannot be written: " + e.getMessage();
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.warn("outbox close: {}", e.getMessage());
            }
            connection = null;
        }
    }
}
