package jp.madoguchi.kiosk.staff;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Guards staff entry against guessing: five wrong PINs in a row lock staff entry for 5 minutes;
 * each further round of five wrong PINs locks it for twice as long as the last (10, 20, 40 minutes,
 * at most a day). A correct PIN resets it. The state is kept in the staff database, so restarting
 * the kiosk does not unlock it.
 */
public final class EntryLock {
    public static final int TRIES = 5;
    static final Duration FIRST_LOCK = Duration.ofMinutes(5);
    static final Duration LONGEST_LOCK = Duration.ofDays(1);

    private final StaffDatabase db;
    private final Clock clock;

    public EntryLock(StaffDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Until when staff entry is locked, if it is now. */
    public Optional<Instant> lockedUntil() {
        State s = read();
        return s.lockedUntil().filter(until -> clock.instant().isBefore(until));
    }

    /** A wrong PIN (or unknown staff ID). @return the new lock's end, if this one locked entry */
    public Optional<Instant> wrong() {
        synchronized (db) {
            State s = read();
            int failures = s.failures() + 1;
            if (failures < TRIES) {
                write(new State(failures, s.lockouts(), s.lockedUntil()));
                return Optional.empty();
            }
            Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(s.lockouts(), 20));
            Instant until = clock.instant().plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
            write(new State(0, s.lockouts() + 1, Optional.of(until)));
            return Optional.of(until);
        }
    }

    /** Tries left before the next lock. */
    public int triesLeft() {
        return TRIES - read().failures();
    }

    public void reset() {
        write(new State(0, 0, Optional.empty()));
    }

    private record State(int failures, int lockouts, Optional<Instant> lockedUntil) {
    }

    private State read() {
        synchronized (db) {
            try (PreparedStatement q = db.connection().prepareStatement(
                "SELECT failures, lockouts, locked_until FROM entry_lock WHERE id = 1"); ResultSet r = q.executeQuery()) {
                r.next();
                String until = r.getString(3);
                return new State(r.getInt(1), r.getInt(2), Optional.ofNullable(until).map(Instant::parse));
            } catch (SQLException e) {
                throw new StaffDatabase.StaffDatabaseException(db.file() + ": cannot read the entry lock (" + e.getMessage() + ")", e);
            }
        }
    }

    private void write(State s) {
        synchronized (db) {
            try (PreparedStatement u = db.connection().prepareStatement(
                "UPDATE entry_lock SET failures = ?, lockouts = ?, locked_until = ? WHERE id = 1")) {
                u.setInt(1, s.failures());
                u.setInt(2, s.lockouts());
                u.setString(3, s.lockedUntil().map(Instant::toString).orElse(null));
                u.executeUpdate();
            } catch (SQLException e) {
                throw new StaffDatabase.StaffDatabaseException(db.file() + ": cannot write the entry lock (" + e.getMessage() + ")", e);
            }
        }
    }
}
