package jp.madoguchi.kiosk.vision.bench;

import java.util.Arrays;

/** Median and 95th percentile of one measure, after a warm-up of a fifth of the runs (at least 50). */
record Timing(double medianMs, double p95Ms, int runs) {

    static Timing of(int runs, Runnable work) {
        for (int i = 0; i < Math.max(50, runs / 5); i++) {
            work.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new Timing(ms[runs / 2], ms[(int) Math.min(runs - 1, Math.ceil(runs * 0.95) - 1)], runs);
    }
}
