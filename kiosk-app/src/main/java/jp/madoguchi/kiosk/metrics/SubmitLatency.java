package jp.madoguchi.kiosk.metrics;

import java.time.Duration;

/**
 * Where the submit path reports how long delivering an application took: the flow's synchronous
 * submit today, the outbox's sender once applications go through it (issue 10).
 */
@FunctionalInterface
public interface SubmitLatency {
    /** @param outcome accepted, refused or failed */
    void observe(Duration took, String outcome);
}
