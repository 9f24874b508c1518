package jp.madoguchi.kiosk.vision;

import org.opencv.core.Mat;

/**
 * Where the iris sits in one eye: the darkest part of the eye's strip (corner to corner), as the
 * darkness-weighted mean column, from -1 (the picture's left corner) to 1 (its right). An eye
 * looking into the camera has its iris near the middle; both eyes move the same way when the
 * resident looks aside.
 */
final class Gaze {
    private Gaze() {
    }

    static double offset(MatScope s, Mat grey, FaceLandmarks m, int[] eye) {
        byte[] px = EyeCover.strip(s, grey, m, eye, 0);
        double level = EyeCover.percentile(px, 0.5);
        double sum = 0;
        double moment = 0;
        for (int y = 0; y < EyeCover.H; y++) {
            for (int x = 0; x < EyeCover.W; x++) {
                double d = Math.max(0, level - (px[y * EyeCover.W + x] & 0xff));
                sum += d * d;
                moment += d * d * (x + 0.5);
            }
        }
        return sum == 0 ? 0 : moment / sum / EyeCover.W * 2 - 1;
    }
}
