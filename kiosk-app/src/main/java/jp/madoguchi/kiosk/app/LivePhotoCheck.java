package jp.madoguchi.kiosk.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import jp.madoguchi.devices.api.Camera;
import jp.madoguchi.devices.api.Frame;
import jp.madoguchi.devices.api.Subscription;
import jp.madoguchi.kiosk.flow.FlowEvent;
import jp.madoguchi.kiosk.flow.KioskState;
import jp.madoguchi.kiosk.flow.PhotoInspector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Judges live camera frames on its own thread, never the JavaFX one, while the photo screen is
 * up. A frame that arrives while the previous one is still being analysed is dropped, never
 * queued, so the verdict always describes the resident as they are now and the preview keeps the
 * camera's rate. Each verdict goes to the flow as a {@link FlowEvent.PhotoChecked}.
 */
public final class LivePhotoCheck implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LivePhotoCheck.class);
    private final PhotoInspector inspector;
    private final Supplier<KioskState> state;
    private final Consumer<FlowEvent> flow;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "photo-analysis");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean busy = new AtomicBoolean();
    private Subscription subscription;
    private final java.util.concurrent.atomic.AtomicLong dropped = new java.util.concurrent.atomic.AtomicLong();

    public LivePhotoCheck(PhotoInspector inspector, Supplier<KioskState> state, Consumer<FlowEvent> flow) {
        this.inspector = inspector;
        this.state = state;
        this.flow = flow;
    }

    public LivePhotoCheck watch(Camera camera) {
        subscription = camera.onFrame(this::offer);
        return this;
    }

    /** Takes the frame if the analyser is free; returns false when it was dropped. */
    boolean offer(Frame frame) {
        if (state.get() != KioskState.PHOTO) {
            return false;
        }
        if (!busy.compareAndSet(false, true)) {
            dropped.incrementAndGet();
            return false;
        }
        worker.execute(() -> {
            try {
                flow.accept(new FlowEvent.PhotoChecked(inspector.inspect(frame.image())));
            } catch (RuntimeException e) {
                LOG.warn("live photo analysis failed: {}", e.getClass().getName()); // no image data in logs
            } finally {
                busy.set(false);
            }
        });
        return true;
    }

    long dropped() {
        return dropped.get();
    }

    @Override
    public void close() {
        if (subscription != null) {
            subscription.cancel();
        }
        worker.shutdownNow();
    }
}
