package jp.madoguchi.sim.device;

import java.util.ArrayDeque;
import java.util.List;

/**
 * The last {@code capacity} entries of something a simulated device records (its log, the jobs it
 * printed, the light scenes it showed): enough for any test or the panel, and bounded, so a
 * simulator that runs ten thousand sessions does not grow with them.
 */
final class Recent<T> {
    static final int CAPACITY = 1000;
    private final ArrayDeque<T> entries = new ArrayDeque<>();

    synchronized void add(T entry) {
        if (entries.size() == CAPACITY) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }

    synchronized List<T> list() {
        return List.copyOf(entries);
    }

    synchronized T last() {
        return entries.peekLast();
    }

    synchronized boolean isEmpty() {
        return entries.isEmpty();
    }

    synchronized int size() {
        return entries.size();
    }

    synchronized void clear() {
        entries.clear();
    }
}
