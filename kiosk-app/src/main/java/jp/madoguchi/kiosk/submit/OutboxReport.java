package jp.madoguchi.kiosk.submit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Reads the outbox's {@link OutboxStatus}: only columns that hold no personal data are touched. */
final class OutboxReport {
    /** Staff see at most this many held items at once; the counts say how many there are in all. */
    static final int MAX_HELD = 200;

    private OutboxReport() {
    }

    static OutboxStatus of(Connection c, Clock clock, List<Path> movedAside, Optional<String> problem) throws SQLException {
        int pending = 0;
        int refused = 0;
        int unreadable = 0;
        try (PreparedStatement q = c.prepareStatement("SELECT state, COUNT(*) FROM applications GROUP BY state");
             ResultSet r = q.executeQuery()) {
            while (r.next()) {
                switch (r.getString(1)) {
                    case "pending" -> pending = r.getInt(2);
                    case "refused" -> refused = r.getInt(2);
                    default -> unreadable = r.getInt(2);
                }
            }
        }
        Optional<Duration> oldest = Optional.empty();
        try (PreparedStatement q = c.prepareStatement("SELECT MIN(created_at) FROM applications WHERE state = 'pending'");
             ResultSet r = q.executeQuery()) {
            if (r.next() && r.getObject(1) != null) {
                Duration age = Duration.between(Instant.ofEpochMilli(r.getLong(1)), clock.instant());
                oldest = Optional.of(age.isNegative() ? Duration.ZERO : age);
            }
        }
        List<OutboxStatus.Held> held = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT key, form_tail, state, COALESCE(reason, ''), created_at, attempts "
            + "FROM applications WHERE state <> 'pending' ORDER BY created_at LIMIT " + MAX_HELD);
             ResultSet r = q.executeQuery()) {
            while (r.next()) {
                held.add(new OutboxStatus.Held(UUID.fromString(r.getString(1)), r.getString(2),
                    OutboxStatus.State.valueOf(r.getString(3).toUpperCase(Locale.ROOT)), r.getString(4),
                    Instant.ofEpochMilli(r.getLong(5)), r.getInt(6)));
            }
        }
        return new OutboxStatus(pending, refused, unreadable, oldest, List.copyOf(held), movedAside, problem);
    }
}
