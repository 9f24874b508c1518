package jp.madoguchi.kiosk.fuzz;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Counts of how cases came out, by outcome, so a report shows the oracles were exercised. */
final class Tally {
    private final Map<String, Long> counts = new ConcurrentHashMap<>();

    void count(String outcome) {
        counts.merge(outcome, 1L, Long::sum);
    }

    @Override
    public String toString() {
        return new TreeMap<>(counts).entrySet().stream().map(e -> String.format("%s %,d", e.getKey(), e.getValue()))
            .collect(Collectors.joining(", "));
    }
}
