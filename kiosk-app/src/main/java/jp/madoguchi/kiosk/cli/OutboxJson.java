package jp.madoguchi.kiosk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.madoguchi.kiosk.submit.OutboxConfig;
import jp.madoguchi.kiosk.submit.OutboxStatus;

/** The outbox's status as one JSON line (for scripts and monitoring): no personal data in it. */
final class OutboxJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OutboxJson() {
    }

    static String status(OutboxConfig where, OutboxStatus s) {
        ObjectNode n = JSON.createObjectNode();
        n.put("outbox", where.dir().toString());
        n.put("exists", true);
        n.put("pending", s.pending());
        n.put("refused", s.refused());
        n.put("unreadable", s.unreadable());
        s.oldestPendingAge().ifPresentOrElse(a -> n.put("oldest_pending_seconds", a.getSeconds()),
            () -> n.putNull("oldest_pending_seconds"));
        ArrayNode held = n.putArray("held");
        s.held().forEach(h -> held.addObject().put("key", h.key().toString()).put("form_id_last4", h.formIdTail())
            .put("state", h.state().name().toLowerCase(java.util.Locale.ROOT)).put("reason", h.reason())
            .put("since", h.since().toString()));
        ArrayNode aside = n.putArray("moved_aside");
        s.movedAside().forEach(p -> aside.add(p.toString()));
        s.problem().ifPresent(p -> n.put("problem", p));
        return n.toString();
    }

    static String quote(String text) {
        return JSON.getNodeFactory().textNode(text).toString();
    }
}
