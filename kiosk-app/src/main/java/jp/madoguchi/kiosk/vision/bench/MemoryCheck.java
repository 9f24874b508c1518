package jp.madoguchi.kiosk.vision.bench;

import jp.madoguchi.kiosk.vision.FaceAnalyser;
import org.opencv.core.Mat;

/**
 * Native memory across many analyses: the resident-set size (and the Java heap's committed size,
 * which is part of it) after a warm-up and after each quarter of the frames. Every Mat is
 * released by the analyser, so the size stays flat; a leak of even one small Mat per frame would
 * add tens of MiB over 10,000 frames.
 */
record MemoryCheck(int frames, double[] rssMib, double[] heapMib, double seconds) {
    static final int WARM_UP = 1000;

    /** Readings after the warm-up and after each quarter of the frames, each after a GC. */
    static MemoryCheck run(int frames, FaceAnalyser analyser, Mat frame) {
        for (int i = 0; i < WARM_UP; i++) {
            analyser.analyse(frame);
        }
        double[] rss = new double[5];
        double[] heap = new double[5];
        read(rss, heap, 0);
        long t = System.nanoTime();
        for (int q = 1; q <= 4; q++) {
            for (int i = 0; i < frames / 4; i++) {
                analyser.analyse(frame);
            }
            read(rss, heap, q);
        }
        return new MemoryCheck(frames, rss, heap, (System.nanoTime() - t) / 1e9);
    }

    private static void read(double[] rss, double[] heap, int at) {
        System.gc();
        Runtime r = Runtime.getRuntime();
        rss[at] = Machine.rssMib();
        heap[at] = (r.totalMemory()) / 1048576.0;
    }
}
