package jp.madoguchi.kiosk.app.bench;

import java.time.Duration;
import java.util.Set;
import jp.madoguchi.kiosk.flow.Flow;
import jp.madoguchi.kiosk.flow.FlowListener;
import jp.madoguchi.kiosk.flow.FlowSnapshot;
import jp.madoguchi.kiosk.flow.KioskState;

/** Waits for the flow to reach a state, woken by the flow's own change events (no polling sleeps). */
final class FlowStates implements FlowListener {
    /** The state as last published; read here so a waiter never needs the flow's lock while holding this one. */
    private volatile KioskState last;

    FlowStates(Flow flow) {
        last = flow.state();
        flow.addListener(this);
    }

    @Override
    public synchronized void changed(FlowSnapshot snapshot) {
        last = snapshot.state();
        notifyAll();
    }

    boolean await(KioskState state, Duration max) throws InterruptedException {
        return awaitAny(max, state);
    }

    synchronized boolean awaitAny(Duration max, KioskState... states) throws InterruptedException {
        Set<KioskState> wanted = Set.of(states);
        long until = System.nanoTime() + max.toNanos();
        while (!wanted.contains(last)) {
            long left = until - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
