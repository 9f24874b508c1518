package jp.madoguchi.kiosk.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The seeded fuzz run behind {@code ./kiosk scan-fuzz} and its short version in the test suite. */
public final class ScanFuzz {
    /**
     * @param failures at most the first 20, described without payloads
     */
    public record Result(long payloadCases, long accepted, long individualNumbers, long streams, long framesSent,
                         long framesRead, long bytes, List<String> failures, double seconds) {
    }

    private ScanFuzz() {
    }

    /** {@code payloads} parser cases, then serial streams until as many intact frames went down the wire. */
    public static Result run(long seed, long payloads) {
        long start = System.nanoTime();
        Random random = new Random(seed);
        PayloadFuzzer parser = new PayloadFuzzer(random);
        StreamFuzzer streams = new StreamFuzzer(random);
        List<String> failures = new ArrayList<>();
        for (long i = 0; i < payloads; i++) {
            note(failures, parser.oneCase(), "payload case " + i);
        }
        while (streams.framesSent < payloads) {
            note(failures, streams.oneStream(), "stream " + streams.streams);
        }
        return new Result(parser.cases, parser.accepted, parser.individualNumbers, streams.streams, streams.framesSent,
            streams.framesRead, streams.bytes, List.copyOf(failures), (System.nanoTime() - start) / 1e9);
    }

    private static void note(List<String> failures, String failure, String where) {
        if (failure != null && failures.size() < 20) {
            failures.add(where + ": " + failure);
        }
    }
}
