package jp.madoguchi.kiosk.vision;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.madoguchi.kiosk.vision.FaceDetection.Box;
import jp.madoguchi.kiosk.vision.FaceDetection.Point;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.dnn.Dnn;
import org.opencv.dnn.Net;

/**
 * MediaPipe's BlazeFace short-range detector run by OpenCV's DNN module (TFLite importer). The
 * image is letterboxed to a square, scaled to 128x128 and normalised to [-1, 1]; the 896 anchor
 * outputs are decoded as MediaPipe's {@code TensorsToDetectionsCalculator} does (SSD anchors with
 * strides 8/16/16/16, fixed anchor size, scale 128) and overlapping boxes are merged.
 * Not thread-safe: one instance per analysing thread.
 */
public final class BlazeFace implements AutoCloseable {
    static final int INPUT = 128;
    private static final float[][] ANCHORS = anchors();
    private final Net net;
    private final List<String> outputs;
    private final double minScore;

    public BlazeFace(Path model, double minScore) {
        OpenCvRuntime.load();
        this.net = Dnn.readNetFromTFLite(model.toString());
        this.outputs = net.getUnconnectedOutLayersNames();
        this.minScore = minScore;
    }

    /** Faces in a BGR image, best first. */
    public List<FaceDetection> detect(Mat bgr) {
        int side = Math.max(bgr.cols(), bgr.rows());
        Mat square = new Mat();
        Mat blob = null;
        List<Mat> outs = new ArrayList<>();
        try {
            // letterbox at the top-left so the mapping back is a single scale
            Core.copyMakeBorder(bgr, square, 0, side - bgr.rows(), 0, side - bgr.cols(), Core.BORDER_CONSTANT,
                new Scalar(0, 0, 0));
            blob = Dnn.blobFromImage(square, 1 / 127.5, new Size(INPUT, INPUT), new Scalar(127.5, 127.5, 127.5),
                true, false);
            net.setInput(blob);
            net.forward(outs, outputs);
            Mat regressors = outs.get(0).total() > outs.get(1).total() ? outs.get(0) : outs.get(1);
            Mat scores = regressors == outs.get(0) ? outs.get(1) : outs.get(0);
            return decode(regressors, scores, side);
        } finally {
            square.release();
            if (blob != null) {
                blob.release();
            }
            outs.forEach(Mat::release);
        }
    }

    private List<FaceDetection> decode(Mat regressors, Mat scores, double side) {
        float[] reg = new float[(int) regressors.total()];
        float[] raw = new float[(int) scores.total()];
        Mat flatRegressors = regressors.reshape(1, 1); // new headers over the same data: released too
        Mat flatScores = scores.reshape(1, 1);
        try {
            flatRegressors.get(0, 0, reg);
            flatScores.get(0, 0, raw);
        } finally {
            flatRegressors.release();
            flatScores.release();
        }
        List<FaceDetection> found = new ArrayList<>();
        double k = side / INPUT;
        for (int i = 0; i < ANCHORS.length; i++) {
            double score = 1 / (1 + Math.exp(-Math.max(-100, Math.min(100, raw[i]))));
            if (score < minScore) {
                continue;
            }
            int o = i * 16;
            double ax = ANCHORS[i][0] * INPUT;
            double ay = ANCHORS[i][1] * INPUT;
            double cx = reg[o] + ax;
            double cy = reg[o + 1] + ay;
            double w = reg[o + 2];
            double h = reg[o + 3];
            Point[] p = new Point[6];
            for (int j = 0; j < 6; j++) {
                p[j] = new Point((reg[o + 4 + 2 * j] + ax) * k, (reg[o + 5 + 2 * j] + ay) * k);
            }
            // keypoints 0/1 are the subject's right/left eye; name them by picture side
            Point a = p[0].x() <= p[1].x() ? p[0] : p[1];
            Point b = a == p[0] ? p[1] : p[0];
            Point earA = p[4].x() <= p[5].x() ? p[4] : p[5];
            Point earB = earA == p[4] ? p[5] : p[4];
            found.add(new FaceDetection(score, new Box((cx - w / 2) * k, (cy - h / 2) * k, w * k, h * k),
                a, b, p[2], p[3], earA, earB));
        }
        return suppress(found);
    }

    /** Keeps the best of each group of boxes overlapping by more than 30 %. */
    static List<FaceDetection> suppress(List<FaceDetection> found) {
        found.sort(Comparator.comparingDouble(FaceDetection::score).reversed());
        List<FaceDetection> kept = new ArrayList<>();
        for (FaceDetection f : found) {
            if (kept.stream().noneMatch(g -> g.box().iou(f.box()) > 0.3)) {
                kept.add(f);
            }
        }
        return kept;
    }

    private static float[][] anchors() {
        List<float[]> out = new ArrayList<>();
        int[][] layers = {{16, 2}, {8, 6}}; // grid size, anchors per cell (strides 8 and 16x3)
        for (int[] layer : layers) {
            for (int y = 0; y < layer[0]; y++) {
                for (int x = 0; x < layer[0]; x++) {
                    for (int n = 0; n < layer[1]; n++) {
                        out.add(new float[] {(x + 0.5f) / layer[0], (y + 0.5f) / layer[0]});
                    }
                }
            }
        }
        return out.toArray(new float[0][]);
    }

    @Override
    public void close() {
        // Net has no release(); dropping it lets its finalizer-free native pointer be freed by GC
    }
}
