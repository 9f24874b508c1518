package jp.madoguchi.kiosk.vision.bench;

import jp.madoguchi.kiosk.vision.FaceAnalyser;
import org.opencv.core.Mat;

/**
 * Native memory across many analyses: the resident-set size after a warm-up, after half the
 * frames and at the end. Every Mat is released by the analyser, so the size stays flat; a leak of
 * even one small Mat per frame would add tens of MiB over 10,000 frames.
 */
record MemoryCheck(int frames, double warmMib, double halfMib, double endMib, double seconds) {

    static MemoryCheck run(int frames, FaceAnalyser analyser, Mat frame) {
        for (int i = 0; i < 200; i++) {
            analyser.analyse(frame);
        }
        System.gc();
        double warm = Machine.rssMib();
        double half = warm;
        long t = System.nanoTime();
        for (int i = 0; i < frames; i++) {
            analyser.analyse(frame);
            if (i == frames / 2) {
                half = Machine.rssMib();
            }
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        System.gc();
        return new MemoryCheck(frames, warm, half, Machine.rssMib(), seconds);
    }
}
