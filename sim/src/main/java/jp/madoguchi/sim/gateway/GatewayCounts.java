package jp.madoguchi.sim.gateway;

import java.util.concurrent.atomic.AtomicLong;

/** How the simulated receiver answered so far (numbers only), for the panel, the CLI and tests. */
public final class GatewayCounts {
    final AtomicLong created = new AtomicLong();
    final AtomicLong repeated = new AtomicLong();
    final AtomicLong conflicts = new AtomicLong();
    final AtomicLong refused = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicLong dropped = new AtomicLong();
    final AtomicLong slowed = new AtomicLong();

    /** New applications stored (201, or stored and then the answer dropped). */
    public long created() {
        return created.get();
    }

    /** Repeats of a key already stored (200, the same receipt). */
    public long repeated() {
        return repeated.get();
    }

    /** A form ID already stored under another key (409). */
    public long conflicts() {
        return conflicts.get();
    }

    /** Refused as malformed or not acceptable (400, 422). */
    public long refused() {
        return refused.get();
    }

    /** 503s answered by the error fault. */
    public long failed() {
        return failed.get();
    }

    /** Answers dropped after storing. */
    public long dropped() {
        return dropped.get();
    }

    /** Requests held back by the slow fault. */
    public long slowed() {
        return slowed.get();
    }

    @Override
    public String toString() {
        return "created " + created() + ", repeated " + repeated() + ", conflicts " + conflicts() + ", refused " + refused()
            + ", 503 " + failed() + ", dropped " + dropped() + ", slow " + slowed();
    }
}
