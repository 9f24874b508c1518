package jp.madoguchi.kiosk.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import jp.madoguchi.kiosk.documents.Rendered;

/** Warm timings of a document's layout for {@code ./kiosk print --bench N}: median, p95 and size. */
final class Benchmark {
    private static final int WARM_UP = 20;

    private Benchmark() {
    }

    /** The extra JSON fields: {@code , "runs": N, "ms_median": .., "ms_p95": .., "bytes": ..}. */
    static String of(int runs, Supplier<Rendered> layout) {
        for (int i = 0; i < WARM_UP; i++) {
            layout.get();
        }
        double[] ms = new double[runs];
        int bytes = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            bytes = layout.get().pdf().length;
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        double median = ms[runs / 2];
        double p95 = ms[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)];
        return String.format(Locale.ROOT, ", \"runs\": %d, \"ms_median\": %.1f, \"ms_p95\": %.1f, \"bytes\": %d",
            runs, median, p95, bytes);
    }
}
