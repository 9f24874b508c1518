package jp.madoguchi.kiosk.metrics;

import jp.madoguchi.kiosk.flow.FlowFact;
import jp.madoguchi.kiosk.flow.FlowListener;
import jp.madoguchi.kiosk.flow.FlowSnapshot;
import jp.madoguchi.kiosk.flow.KioskState;
import jp.madoguchi.kiosk.flow.SessionEnd;
import jp.madoguchi.kiosk.staff.DayTally;

/**
 * Counts what the flow notes, twice: in the fleet's metrics (since the kiosk started; Prometheus
 * works out rates) and in staff's tally of today. Only outcomes, reason codes and durations.
 */
public final class FlowRecorder implements FlowListener {
    private final FleetMetrics metrics;
    private final DayTally today;

    public FlowRecorder(FleetMetrics metrics, DayTally today) {
        this.metrics = metrics;
        this.today = today;
    }

    @Override
    public void changed(FlowSnapshot snapshot) {
        metrics.staffCallsWaiting.set(snapshot.state() == KioskState.STAFF_CALLED ? 1 : 0);
    }

    @Override
    public void sessionEnded(SessionEnd end) {
        metrics.sessions.labelValues(end.outcome()).inc();
        today.session(end.outcome());
    }

    @Override
    public void noted(FlowFact fact) {
        if (fact instanceof FlowFact.PhotoRefused refused) {
            metrics.photoRefusals.labelValues(refused.reason()).inc();
            today.photoRefused(refused.reason());
        } else if (fact instanceof FlowFact.StaffCalled) {
            metrics.staffCalls.inc();
            today.staffCalled();
        } else if (fact instanceof FlowFact.Submitted submitted) {
            metrics.observe(submitted.took(), submitted.outcome());
        }
    }
}
