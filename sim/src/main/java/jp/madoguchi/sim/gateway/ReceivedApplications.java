package jp.madoguchi.sim.gateway;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What the simulated receiver remembers to answer repeats: the last {@code capacity} keys with their
 * form ID and receipt, and which key each of those form IDs came under. Bounded, like a real
 * idempotency window, so a simulator that runs for days does not grow; photos are never kept.
 */
final class ReceivedApplications {
    record Entry(String formIdDigits, String receipt) {
    }

    /** The answer to one application. */
    sealed interface Answer {
        record New(String receipt) implements Answer {
        }

        record Repeat(String receipt) implements Answer {
        }

        /** The form ID arrived before under another key. */
        record FormIdUsed() implements Answer {
        }

        /** The key arrived before with another form ID. */
        record KeyReused() implements Answer {
        }
    }

    private final Map<UUID, Entry> byKey;
    private final Map<String, UUID> keyOfForm;
    private long receipts;

    ReceivedApplications(int capacity) {
        this.byKey = bounded(capacity);
        this.keyOfForm = bounded(capacity);
    }

    synchronized Answer receive(UUID key, String formIdDigits) {
        Entry seen = byKey.get(key);
        if (seen != null) {
            return seen.formIdDigits().equals(formIdDigits) ? new Answer.Repeat(seen.receipt()) : new Answer.KeyReused();
        }
        UUID earlier = keyOfForm.get(formIdDigits);
        if (earlier != null) {
            return new Answer.FormIdUsed();
        }
        String receipt = String.format("R-%08d-%s", ++receipts, key.toString().substring(0, 4).toUpperCase());
        byKey.put(key, new Entry(formIdDigits, receipt));
        keyOfForm.put(formIdDigits, key);
        return new Answer.New(receipt);
    }

    synchronized void forget() {
        byKey.clear();
        keyOfForm.clear();
    }

    synchronized int size() {
        return byKey.size();
    }

    private static <K, V> Map<K, V> bounded(int capacity) {
        return new LinkedHashMap<>(16, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }
}
