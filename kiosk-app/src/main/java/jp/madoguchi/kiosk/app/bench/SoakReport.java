package jp.madoguchi.kiosk.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;

/** The soak's one-line JSON summary. */
public record SoakReport(int sessions, long seed, Map<SoakResident.Outcome, Integer> outcomes, double wallSeconds, Memory start,
                         Memory end, int outboxPending, boolean drained, Optional<Arrivals.Check> arrivals) {
    int count(SoakResident.Outcome o) {
        return outcomes.getOrDefault(o, 0);
    }

    public int confirmed() {
        return count(SoakResident.Outcome.SENT) + count(SoakResident.Outcome.SAVED);
    }

    /** True when something went wrong that a soak must not show: lost or doubled applications, stuck residents. */
    public boolean failed() {
        return count(SoakResident.Outcome.STUCK) > 0 || arrivals.map(a -> a.lost() > 0 || a.doubled() > 0).orElse(false);
    }

    public String json() {
        ObjectNode n = new ObjectMapper().createObjectNode();
        n.put("sessions", sessions);
        n.put("seed", seed);
        n.put("confirmed", confirmed());
        n.put("sent", count(SoakResident.Outcome.SENT));
        n.put("queued", count(SoakResident.Outcome.SAVED));
        n.put("refused", count(SoakResident.Outcome.REFUSED));
        n.put("not_saved", count(SoakResident.Outcome.NOT_SAVED));
        n.put("no_photo", count(SoakResident.Outcome.NO_PHOTO));
        n.put("stuck", count(SoakResident.Outcome.STUCK));
        n.put("wall_s", Math.round(wallSeconds * 10) / 10.0);
        n.put("sessions_per_s", Math.round(sessions / Math.max(1e-9, wallSeconds) * 100) / 100.0);
        n.put("heap_start_mb", Memory.megabytes(start.heapBytes()));
        n.put("heap_end_mb", Memory.megabytes(end.heapBytes()));
        n.put("rss_start_mb", Memory.megabytes(start.rssBytes()));
        n.put("rss_end_mb", Memory.megabytes(end.rssBytes()));
        n.put("outbox_pending_end", outboxPending);
        n.put("drained", drained);
        arrivals.ifPresent(a -> n.put("received", a.received()).put("lost", a.lost()).put("doubled", a.doubled()));
        return n.toString();
    }
}
