package jp.madoguchi.devices.api;

/** Handle for a listener registration; cancelling twice is harmless. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {
    void cancel();

    @Override
    default void close() {
        cancel();
    }
}
