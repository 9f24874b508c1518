package jp.madoguchi.kiosk.fuzz;

import java.util.Random;

/** One entry point under fuzzing: makes a case from the seeded source, runs it, judges the outcome. */
public interface FuzzTarget extends AutoCloseable {
    /** A stable name for the command line and the report, e.g. "images". */
    String name();

    /**
     * Makes one case from {@code random} (on the caller's thread, so the run is reproducible) and
     * returns what runs it: the runnable returns null when the entry point behaved, else what went
     * wrong (an oracle's finding). An exception escaping it is a crash.
     */
    Case next(Random random);

    /** How the cases came out, in words (e.g. how many were refused for which reason); empty when not kept. */
    default String tally() {
        return "";
    }

    /** Releases what the target holds (a temporary folder); nothing by default. */
    @Override
    default void close() {
    }

    /** One step of a fuzzer that makes and checks a case at once: null, or what went wrong. */
    @FunctionalInterface
    interface Step {
        String run();
    }

    /** A prepared case; {@link #describe()} says what kind of input it was, never the input itself. */
    interface Case {
        String run() throws Exception;

        String describe();
    }
}
