package jp.madoguchi.kiosk.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every staff action, in an append-only SQLite table whose records are hash-chained: each record's
 * hash covers the previous record's hash and its own fields, so changing, removing or inserting a
 * record anywhere breaks the chain from there on ({@code ./kiosk audit verify}). Records name the
 * staff member and the action; of a resident at most the last four digits of a form ID, and the
 * detail text is refused if it carries a longer run of digits.
 */
public final class AuditLog {
    /** What staff did. The names are what {@code ./kiosk audit verify} and the table show. */
    public enum Action {
        LOGIN, PIN_WRONG, LOCKOUT, LOGOUT, TIMEOUT, CALL_ANSWERED, REISSUE, REISSUE_REPRINT, HAND_OVER, OUTBOX_RETRY,
        TEST_PAGE, EXIT_KIOSK, STAFF_ADDED, STAFF_REMOVED, HEAD_COVERING_ACCEPTED
    }

    static final String GENESIS = "0".repeat(64);
    /** Digits beyond four in a row could be a form ID, a resident code or an Individual Number. */
    private static final Pattern TOO_MANY_DIGITS = Pattern.compile("[0-9]{5,}");

    private final StaffDatabase db;
    private final Clock clock;

    public AuditLog(StaffDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Appends one record. {@code staff} is a staff ID, "cli" for the command line, or "-" when nobody
     * is known (a wrong ID is never written: it might be anything a passer-by typed); {@code detail}
     * is built by code only.
     */
    public void append(Action action, String staff, String detail) {
        if (TOO_MANY_DIGITS.matcher(detail).find() || !staff.matches("-|cli|[0-9]{3,8}")) {
            throw new IllegalArgumentException("an audit record must not carry personal numbers");
        }
        synchronized (db) {
            try {
                String prev = lastHash();
                long seq = count() + 1;
                String at = clock.instant().toString();
                String hash = chain(prev, seq, at, staff, action.name(), detail);
                try (PreparedStatement insert = db.connection().prepareStatement(
                    "INSERT INTO audit (seq, at, staff, action, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    insert.setLong(1, seq);
                    insert.setString(2, at);
                    insert.setString(3, staff);
                    insert.setString(4, action.name());
                    insert.setString(5, detail);
                    insert.setString(6, prev);
                    insert.setString(7, hash);
                    insert.executeUpdate();
                }
            } catch (SQLException e) {
                throw new StaffDatabase.StaffDatabaseException(db.file() + ": cannot write the audit log (" + e.getMessage() + ")", e);
            }
        }
    }

    /** The outcome of walking the chain: how many records, and the first one that does not fit, if any. */
    public record Verification(long records, Optional<Long> brokenAt, String problem) {
        public boolean intact() {
            return brokenAt.isEmpty();
        }
    }

    public Verification verify() {
        synchronized (db) {
            try (PreparedStatement all = db.connection().prepareStatement(
                "SELECT seq, at, staff, action, detail, prev_hash, hash FROM audit ORDER BY seq");
                 ResultSet rows = all.executeQuery()) {
                String prev = GENESIS;
                long expected = 1;
                while (rows.next()) {
                    long seq = rows.getLong(1);
                    if (seq != expected) {
                        return new Verification(expected - 1, Optional.of(expected), "record " + expected + " is missing");
                    }
                    if (!rows.getString(6).equals(prev)) {
                        return new Verification(seq - 1, Optional.of(seq), "record " + seq + " does not follow record " + (seq - 1));
                    }
                    String hash = chain(prev, seq, rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5));
                    if (!hash.equals(rows.getString(7))) {
                        return new Verification(seq - 1, Optional.of(seq), "record " + seq + " was changed after it was written");
                    }
                    prev = hash;
                    expected++;
                }
                return new Verification(expected - 1, Optional.empty(), "");
            } catch (SQLException e) {
                throw new StaffDatabase.StaffDatabaseException(db.file() + ": cannot read the audit log (" + e.getMessage() + ")", e);
            }
        }
    }

    private long count() throws SQLException {
        try (PreparedStatement q = db.connection().prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM audit");
             ResultSet r = q.executeQuery()) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    private String lastHash() throws SQLException {
        try (PreparedStatement q = db.connection().prepareStatement("SELECT hash FROM audit ORDER BY seq DESC LIMIT 1");
             ResultSet r = q.executeQuery()) {
            return r.next() ? r.getString(1) : GENESIS;
        }
    }

    /** SHA-256 over the previous hash and the record's fields, each on its own line. */
    static String chain(String prev, long seq, String at, String staff, String action, String detail) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String text = String.join("\n", prev, Long.toString(seq), at, staff, action, detail);
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
