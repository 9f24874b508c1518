package jp.madoguchi.kiosk.vision;

import org.opencv.core.Mat;

/**
 * Where the iris sits in one eye: the darkest part of the eye's strip (corner to corner), as the
 * darkness-weighted mean column, from -1 (the picture's left corner) to 1 (its right). An eye
 * looking into the camera has its iris near the middle; both eyes move the same way when the
 * resident looks aside. Light falling off across the eye (a lamp from one side) would pull that
 * mean towards the darker corner, so the strip is first levelled by the slope of the light on the
 * skin under the eye.
 */
final class Gaze {
    private Gaze() {
    }

    static double offset(MatScope s, Mat grey, FaceLandmarks m, int[] eye) {
        double[] px = level(EyeCover.strip(s, grey, m, eye, 0), EyeCover.strip(s, grey, m, eye, 0.45));
        double[] sorted = px.clone();
        java.util.Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        double sum = 0;
        double moment = 0;
        for (int y = 0; y < EyeCover.H; y++) {
            for (int x = 0; x < EyeCover.W; x++) {
                double d = Math.max(0, median - px[y * EyeCover.W + x]);
                sum += d * d;
                moment += d * d * (x + 0.5);
            }
        }
        return sum == 0 ? 0 : moment / sum / EyeCover.W * 2 - 1;
    }

    /**
     * The strip divided by the light's slope across it: a least-squares line through the log of the
     * column means of the skin just under the eye, which no iris moves.
     */
    static double[] level(byte[] strip, byte[] under) {
        int w = EyeCover.W;
        int h = EyeCover.H;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int x = 0; x < w; x++) {
            double column = 0;
            for (int y = 0; y < h; y++) {
                column += under[y * w + x] & 0xff;
            }
            double v = Math.log(Math.max(1, column / h));
            sx += x;
            sy += v;
            sxx += (double) x * x;
            sxy += x * v;
        }
        double slope = (w * sxy - sx * sy) / Math.max(1e-9, w * sxx - sx * sx);
        double[] out = new double[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out[y * w + x] = (strip[y * w + x] & 0xff) * Math.exp(-slope * (x - (w - 1) / 2.0));
            }
        }
        return out;
    }
}
