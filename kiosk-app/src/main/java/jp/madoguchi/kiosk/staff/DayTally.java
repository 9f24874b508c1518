package jp.madoguchi.kiosk.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Today's counters for the staff screen: sessions by outcome, photo refusals by reason, reissued
 * forms and staff calls. They start again at local midnight; nothing in them identifies anyone.
 */
public final class DayTally {
    /** One day's counts, as the staff screen shows them. */
    public record Counts(LocalDate day, Map<String, Long> sessions, Map<String, Long> photoRefusals, long reissues,
                         long staffCalls) {
        public Counts {
            sessions = Map.copyOf(sessions);
            photoRefusals = Map.copyOf(photoRefusals);
        }
    }

    private final Clock clock;
    private LocalDate day;
    private final Map<String, Long> sessions = new TreeMap<>();
    private final Map<String, Long> photoRefusals = new TreeMap<>();
    private long reissues;
    private long staffCalls;

    public DayTally(Clock clock) {
        this.clock = clock;
        this.day = LocalDate.now(clock);
    }

    /** @param outcome e.g. "applied", "guided", "abandoned", "timed_out" */
    public synchronized void session(String outcome) {
        rollOver();
        sessions.merge(outcome, 1L, Long::sum);
    }

    public synchronized void photoRefused(String reason) {
        rollOver();
        photoRefusals.merge(reason, 1L, Long::sum);
    }

    public synchronized void reissued() {
        rollOver();
        reissues++;
    }

    public synchronized void staffCalled() {
        rollOver();
        staffCalls++;
    }

    public synchronized Counts today() {
        rollOver();
        return new Counts(day, new TreeMap<>(sessions), new TreeMap<>(photoRefusals), reissues, staffCalls);
    }

    private void rollOver() {
        LocalDate now = LocalDate.now(clock);
        if (!now.equals(day)) {
            day = now;
            sessions.clear();
            photoRefusals.clear();
            reissues = 0;
            staffCalls = 0;
        }
    }
}
