package jp.madoguchi.kiosk.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import jp.madoguchi.kiosk.flow.Flow;
import jp.madoguchi.kiosk.flow.FlowEvent;

/**
 * Feeds events to the flow on one thread of its own, in arrival order, so a tap never waits
 * on the UI thread for a printer or the gateway, and device threads never block each other.
 */
public final class FlowRunner implements AutoCloseable {
    private final Flow flow;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kiosk-flow");
        t.setDaemon(true);
        return t;
    });

    public FlowRunner(Flow flow) {
        this.flow = flow;
    }

    public void send(FlowEvent event) {
        if (!thread.isShutdown()) {
            thread.execute(() -> flow.handle(event));
        }
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
