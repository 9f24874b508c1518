package jp.madoguchi.devices.spi;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import jp.madoguchi.devices.api.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A thread-safe listener list for drivers. One failing listener must not stop the others or
 * kill a device thread, so failures are logged (by type only: events may carry personal data).
 */
public final class Listeners<T> {
    private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);
    private final List<Consumer<T>> listeners = new CopyOnWriteArrayList<>();

    public Subscription add(Consumer<T> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void publish(T event) {
        for (Consumer<T> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                // Type and place only: a message or a full trace could quote the event's personal data.
                StackTraceElement[] trace = e.getStackTrace();
                LOG.warn("device listener failed: {} at {}", e.getClass().getName(), trace.length > 0 ? trace[0] : "?");
            }
        }
    }

    public boolean isEmpty() {
        return listeners.isEmpty();
    }
}
