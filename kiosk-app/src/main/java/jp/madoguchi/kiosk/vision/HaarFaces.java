package jp.madoguchi.kiosk.vision;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.kiosk.vision.FaceDetection.Box;
import jp.madoguchi.kiosk.vision.FaceDetection.Point;
import org.opencv.core.Mat;
import org.opencv.core.MatOfRect;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.opencv.objdetect.CascadeClassifier;

/**
 * The Haar-cascade face detector (Debian opencv-data's {@code haarcascade_frontalface_default.xml}),
 * kept as the measured baseline BlazeFace was chosen against (docs/BENCHMARKS.md): it gives a box
 * but no landmarks, so pose and the eye/mouth measures cannot be taken from it. The grey image is
 * scaled to 640 px wide first, as a live kiosk would, to keep it near real time.
 */
public final class HaarFaces implements AutoCloseable {
    static final String FACE = "haarcascade_frontalface_default.xml";
    static final int WORK_WIDTH = 640;
    private final CascadeClassifier faces;

    public HaarFaces(Path cascade) {
        OpenCvRuntime.load();
        this.faces = new CascadeClassifier(cascade.toString());
        if (faces.empty()) {
            throw new IllegalStateException("cannot load cascade " + cascade);
        }
    }

    public static HaarFaces fromInstalledCascade() {
        return new HaarFaces(ModelFiles.cascade(FACE).orElseThrow(() -> new IllegalStateException(
            "Haar cascade missing: install Debian opencv-data (" + ModelFiles.cascadeDir().resolve(FACE) + ")")));
    }

    public List<FaceDetection> detect(Mat bgr) {
        try (MatScope s = new MatScope()) {
            Mat grey = s.mat();
            Imgproc.cvtColor(bgr, grey, Imgproc.COLOR_BGR2GRAY);
            double k = Math.min(1, WORK_WIDTH / (double) grey.cols());
            Mat small = grey;
            if (k < 1) {
                small = s.mat();
                Imgproc.resize(grey, small, new Size(grey.cols() * k, grey.rows() * k), 0, 0, Imgproc.INTER_AREA);
            }
            Imgproc.equalizeHist(small, small);
            MatOfRect found = new MatOfRect();
            s.keep(found);
            int min = Math.max(24, small.cols() / 12);
            faces.detectMultiScale(small, found, 1.1, 5, 0, new Size(min, min), new Size());
            List<FaceDetection> out = new ArrayList<>();
            for (Rect r : found.toArray()) {
                out.add(new FaceDetection(1, new Box(r.x / k, r.y / k, r.width / k, r.height / k), Point.NONE, Point.NONE,
                    Point.NONE, Point.NONE, Point.NONE, Point.NONE));
            }
            return out;
        }
    }

    @Override
    public void close() {
        // CascadeClassifier frees its native part when collected; nothing per call is kept
    }
}
