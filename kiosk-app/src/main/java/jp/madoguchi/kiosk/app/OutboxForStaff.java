package jp.madoguchi.kiosk.app;

import java.util.List;
import jp.madoguchi.kiosk.staff.OutboxView;
import jp.madoguchi.kiosk.submit.Outbox;
import jp.madoguchi.kiosk.submit.OutboxException;
import jp.madoguchi.kiosk.submit.OutboxSender;
import jp.madoguchi.kiosk.submit.OutboxStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox as staff mode and the fleet metrics see it: counts, the oldest wait, the applications
 * held back (refused by the receiver, or unreadable) with their reason and the form ID's last four
 * digits only, and "retry now". Joins the two rooms here, in the composition root, so neither
 * knows the other.
 */
public final class OutboxForStaff implements OutboxView {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxForStaff.class);
    private final Outbox outbox;
    private final OutboxSender sender;

    public OutboxForStaff(Outbox outbox, OutboxSender sender) {
        this.outbox = outbox;
        this.sender = sender;
    }

    @Override
    public Summary summary() {
        OutboxStatus status = outbox.status();
        List<RefusedItem> held = status.held().stream()
            .filter(h -> h.state() != OutboxStatus.State.PENDING)
            .map(h -> new RefusedItem(h.reason(), h.formIdTail(), h.since()))
            .toList();
        return new Summary(status.pending(), status.oldestPendingAge(), held);
    }

    @Override
    public void retryNow() {
        try {
            sender.retryNow();
        } catch (OutboxException e) {
            LOG.error("retry now failed: {}", e.getMessage()); // staff see the count stay as it was
        }
    }
}
