package jp.madoguchi.kiosk.vision;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.dnn.Dnn;
import org.opencv.dnn.Net;
import org.opencv.imgproc.Imgproc;

/**
 * MediaPipe's face-mesh landmark model ({@code face_landmark.tflite} from the npm package
 * {@code @mediapipe/face_mesh}) run by OpenCV's DNN module. As in MediaPipe's own graph, the
 * detector's box is enlarged 1.5 times to a square and turned so the eyes are level, that square is
 * sampled to 192x192 (values 0-1) and the 468 points are mapped back into the image. Not
 * thread-safe: one instance per analysing thread.
 */
public final class FaceMesh implements AutoCloseable {
    static final int INPUT = 192;
    static final double ROI_SCALE = 1.5;
    private final Net net;
    private final List<String> outputs;

    public FaceMesh(Path model) {
        OpenCvRuntime.load();
        this.net = Dnn.readNetFromTFLite(model.toString());
        this.outputs = net.getUnconnectedOutLayersNames();
    }

    /** The landmarks of the face the detector found. */
    public FaceLandmarks landmarks(Mat bgr, FaceDetection face) {
        FaceDetection.Point l = face.leftEye();
        FaceDetection.Point r = face.rightEye();
        double angle = Math.atan2(r.y() - l.y(), r.x() - l.x());
        double side = ROI_SCALE * Math.max(face.box().w(), face.box().h());
        return run(bgr, face.box().centreX(), face.box().y() + face.box().h() / 2, side, angle);
    }

    private FaceLandmarks run(Mat bgr, double cx, double cy, double side, double angle) {
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        // three corners of the turned square, and where they go in the 192x192 input
        Point[] from = {corner(cx, cy, side, cos, sin, -0.5, -0.5), corner(cx, cy, side, cos, sin, 0.5, -0.5),
            corner(cx, cy, side, cos, sin, -0.5, 0.5)};
        Point[] to = {new Point(0, 0), new Point(INPUT, 0), new Point(0, INPUT)};
        try (MatScope s = new MatScope()) {
            MatOfPoint2f src = new MatOfPoint2f(from);
            MatOfPoint2f dst = new MatOfPoint2f(to);
            s.keep(src);
            s.keep(dst);
            Mat warp = s.keep(Imgproc.getAffineTransform(src, dst));
            Mat roi = s.mat();
            Imgproc.warpAffine(bgr, roi, warp, new Size(INPUT, INPUT), Imgproc.INTER_LINEAR, org.opencv.core.Core.BORDER_CONSTANT,
                new Scalar(0, 0, 0));
            Mat blob = s.keep(Dnn.blobFromImage(roi, 1 / 255.0, new Size(INPUT, INPUT), new Scalar(0, 0, 0), true, false));
            net.setInput(blob);
            List<Mat> outs = new ArrayList<>();
            net.forward(outs, outputs);
            outs.forEach(s::keep);
            Mat points = outs.get(0).total() > outs.get(1).total() ? outs.get(0) : outs.get(1);
            Mat flag = points == outs.get(0) ? outs.get(1) : outs.get(0);
            float[] raw = new float[FaceLandmarks.COUNT * 3];
            Mat flat = s.keep(points.reshape(1, 1));
            flat.get(0, 0, raw);
            float[] logit = new float[1];
            Mat flatFlag = s.keep(flag.reshape(1, 1));
            flatFlag.get(0, 0, logit);
            double k = side / INPUT;
            float[] xyz = new float[raw.length];
            for (int i = 0; i < FaceLandmarks.COUNT; i++) {
                double u = (raw[3 * i] - INPUT / 2.0) * k;
                double v = (raw[3 * i + 1] - INPUT / 2.0) * k;
                xyz[3 * i] = (float) (cx + u * cos - v * sin);
                xyz[3 * i + 1] = (float) (cy + u * sin + v * cos);
                xyz[3 * i + 2] = (float) (raw[3 * i + 2] * k);
            }
            return new FaceLandmarks(xyz, 1 / (1 + Math.exp(-logit[0])));
        }
    }

    private static Point corner(double cx, double cy, double side, double cos, double sin, double u, double v) {
        return new Point(cx + side * (u * cos - v * sin), cy + side * (u * sin + v * cos));
    }

    @Override
    public void close() {
        // Net has no release(); its native part is freed when it is collected
    }
}
