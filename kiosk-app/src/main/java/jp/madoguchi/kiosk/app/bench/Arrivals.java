package jp.madoguchi.kiosk.app.bench;

import java.util.BitSet;

/**
 * The soak's form IDs and what reached the simulated receiver. A form ID is 8 digits of the seed,
 * 9 digits mixed from seed and index, and the session index in the last 6 digits: distinct within a
 * run and, for different seeds, across runs; the index is read back from an arrival, so a
 * bit per session is all the bookkeeping (the soak's own memory stays flat too).
 */
final class Arrivals {
    /** Every confirmed session's application arrived once; none twice. */
    record Check(int received, int lost, int doubled) {
    }

    private final String prefix;
    private final long mix;
    private final BitSet arrived = new BitSet();
    private int doubled;

    Arrivals(long seed) {
        this.prefix = String.format("%08d", Math.floorMod(seed, 100_000_000L));
        this.mix = seed * 0x9E3779B97F4A7C15L;
    }

    String formId(int index) {
        long middle = Math.floorMod(mix ^ (index * 0xBF58476D1CE4E5B9L), 1_000_000_000L);
        return prefix + String.format("%09d%06d", middle, index);
    }

    synchronized void arrived(String formIdDigits) {
        if (!formIdDigits.startsWith(prefix)) {
            return; // from an earlier run's outbox: not this run's to count
        }
        int index = Integer.parseInt(formIdDigits.substring(17));
        if (arrived.get(index)) {
            doubled++;
        }
        arrived.set(index);
    }

    /** @param conflicts the receiver's 409s: a form ID offered under a second key counts as doubled too */
    synchronized Check check(BitSet confirmed, long conflicts) {
        BitSet lost = (BitSet) confirmed.clone();
        lost.andNot(arrived);
        return new Check(arrived.cardinality(), lost.cardinality(), doubled + (int) conflicts);
    }
}
