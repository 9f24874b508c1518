package jp.madoguchi.kiosk.vision;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import jp.madoguchi.kiosk.vision.BackgroundMeasures.Background;
import jp.madoguchi.kiosk.vision.CrownFinder.Crown;
import jp.madoguchi.rules.photo.PhotoMeasurements;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.imgproc.Imgproc;

/**
 * Measures everything the photo rules judge on one BGR image: the faces (BlazeFace), the main
 * face's geometry (crown, chin, eye line, pose from the six keypoints) and its appearance. Not
 * thread-safe; the live preview keeps one per analysing thread. Every native buffer made here is
 * released before {@link #analyse} returns.
 */
public final class FaceAnalyser implements AutoCloseable {
    /** Below this detector score a box is not counted as a face (MediaPipe's own default). */
    static final double MIN_SCORE = 0.5;
    private final BlazeFace detector;
    private final EyeCheck eyes;

    public FaceAnalyser(Path blazeFaceModel) {
        this.detector = new BlazeFace(blazeFaceModel, MIN_SCORE);
        this.eyes = EyeCheck.installed();
    }

    /** The analyser with the model fetched by {@code models/fetch}. */
    public static FaceAnalyser fromInstalledModel() {
        return new FaceAnalyser(ModelFiles.blazeFace().orElseThrow(() -> new IllegalStateException(
            "face model missing: run models/fetch (expected " + ModelFiles.modelDir().resolve(ModelFiles.BLAZEFACE)
                + ")")));
    }

    public record Analysis(PhotoMeasurements measurements, List<FaceDetection> faces) {
        public FaceDetection main() {
            return faces.isEmpty() ? null : faces.get(0);
        }
    }

    public Analysis analyse(Mat bgr) {
        List<FaceDetection> faces = new java.util.ArrayList<>(detector.detect(bgr));
        if (faces.isEmpty()) {
            return new Analysis(PhotoMeasurements.noFace(bgr.cols(), bgr.rows()), List.of());
        }
        // the resident is the biggest face; any other is a second person
        faces.sort(Comparator.comparingDouble((FaceDetection f) -> f.box().area()).reversed());
        try (MatScope s = new MatScope()) {
            Mat grey = s.mat();
            Imgproc.cvtColor(bgr, grey, Imgproc.COLOR_BGR2GRAY);
            return new Analysis(measure(s, bgr, grey, faces.get(0), faces.size()), List.copyOf(faces));
        }
    }

    private PhotoMeasurements measure(MatScope s, Mat bgr, Mat grey, FaceDetection f, int count) {
        FaceDetection.Point l = f.leftEye();
        FaceDetection.Point r = f.rightEye();
        double ie = Math.max(2, f.interEye());
        double ex = (l.x() + r.x()) / 2;
        double ey = (l.y() + r.y()) / 2;
        double roll = Math.toDegrees(Math.atan2(r.y() - l.y(), r.x() - l.x()));
        Pose pose = Pose.of(f, roll);
        double eyeMouth = Math.max(1, Math.hypot(f.mouth().x() - ex, f.mouth().y() - ey));
        double chin = ey + 1.62 * eyeMouth * Math.cos(Math.toRadians(roll));
        Crown crown = CrownFinder.find(bgr, ey, eyeMouth, Math.min(l.x(), r.x()), Math.max(l.x(), r.x()));
        double headWidth = Math.max(2.2 * ie, Math.abs(f.rightEar().x() - f.leftEar().x()) * 1.15);
        double faceCentre = (ex + f.nose().x() + f.mouth().x()) / 3;

        Rect inner = MatScope.clip(new Rect((int) (l.x() - 0.25 * ie), (int) (ey - 0.3 * ie), (int) (1.5 * ie),
            (int) (f.mouth().y() + 0.15 * ie - (ey - 0.3 * ie))), bgr.cols(), bgr.rows());
        Mat face = s.sub(grey, inner);
        double skin = FaceMeasures.mean(s.sub(grey, MatScope.around(ex, (ey + f.mouth().y()) / 2, 1.2 * ie,
            0.4 * ie)));
        double balance = lightBalance(s, grey, inner, f.nose().x());
        Background bg = BackgroundMeasures.measure(grey, faceCentre, crown.y(), chin, headWidth * 0.62);
        double eyesOpen = eyes == null ? Double.NaN : eyes.openEyes(s, grey, f);
        double glare = (FaceMeasures.shareAbove(s, s.sub(grey, MatScope.around(l.x(), l.y(), 0.6 * ie, 0.4 * ie)), 250)
            + FaceMeasures.shareAbove(s, s.sub(grey, MatScope.around(r.x(), r.y(), 0.6 * ie, 0.4 * ie)), 250)) / 2;
        double red = Math.max(FaceMeasures.redEye(s, bgr, l.x(), l.y(), ie), FaceMeasures.redEye(s, bgr, r.x(), r.y(),
            ie));
        return new PhotoMeasurements(bgr.cols(), bgr.rows(), count,
            crown.y(), crown.measured(), chin, ey, faceCentre, headWidth,
            ie, roll, pose.yaw(), pose.pitch(),
            eyesOpen, FaceMeasures.mouthOpen(s, bgr, grey, f.mouth().x(), f.mouth().y(), ie, skin),
            FaceMeasures.glassesEdges(s, grey, inner, ex, ey, ie), glare,
            bg.luma(), bg.spread(), bg.edges(),
            FaceMeasures.mean(face), FaceMeasures.shareAbove(s, face, 250), balance,
            FaceMeasures.sharpness(s, grey, inner), red);
    }

    /** Darker over brighter mean of the face's two halves, split at the nose. */
    private static double lightBalance(MatScope s, Mat grey, Rect inner, double noseX) {
        int split = (int) Math.max(inner.x + 1, Math.min(inner.x + inner.width - 1, noseX));
        double a = FaceMeasures.mean(s.sub(grey, new Rect(inner.x, inner.y, split - inner.x, inner.height)));
        double b = FaceMeasures.mean(s.sub(grey, new Rect(split, inner.y, inner.x + inner.width - split,
            inner.height)));
        return Math.min(a, b) / Math.max(1, Math.max(a, b));
    }

    @Override
    public void close() {
        detector.close();
    }
}
