package jp.madoguchi.kiosk.vision;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import jp.madoguchi.kiosk.vision.BackgroundMeasures.Background;
import jp.madoguchi.kiosk.vision.CrownFinder.Crown;
import jp.madoguchi.kiosk.vision.FaceDetection.Point;
import jp.madoguchi.rules.photo.PhotoMeasurements;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.imgproc.Imgproc;

/**
 * Measures everything the photo rules judge on one BGR image: the faces (BlazeFace), the main
 * face's 468 landmarks (face mesh), its geometry (crown, chin, eye line, pose by solvePnP), what
 * covers it (head, eyes, lower face), where the eyes look, and its appearance. Not thread-safe;
 * the live preview keeps one per analysing thread. Every native buffer made here is released
 * before {@link #analyse} returns.
 */
public final class FaceAnalyser implements AutoCloseable {
    /** Below this detector score a box is not counted as a face (MediaPipe's own default). */
    static final double MIN_SCORE = 0.5;
    private final BlazeFace detector;
    private final FaceMesh mesh;
    private final CanonicalFace canonical;
    private final EyeCheck eyes;

    private FaceAnalyser(BlazeFace detector, FaceMesh mesh, CanonicalFace canonical) {
        this.detector = detector;
        this.mesh = mesh;
        this.canonical = canonical;
        this.eyes = EyeCheck.installed();
    }

    public FaceAnalyser(Path blazeFaceModel, Path faceMeshModel, Path canonicalFace) {
        this(new BlazeFace(blazeFaceModel, MIN_SCORE), new FaceMesh(faceMeshModel), CanonicalFace.read(canonicalFace));
    }

    /** The analyser with the models fetched by {@code models/fetch}. */
    public static FaceAnalyser fromInstalledModel() {
        return new FaceAnalyser(required(ModelFiles.blazeFace(), ModelFiles.BLAZEFACE),
            required(ModelFiles.faceMesh(), ModelFiles.FACE_MESH), required(ModelFiles.canonicalFace(),
                ModelFiles.CANONICAL_FACE));
    }

    /**
     * The issue-4 pipeline, kept as the speed and pose-error peer of {@code ./kiosk photo-bench}:
     * detector keypoints only, no mesh, so no covering or gaze measures.
     */
    public static FaceAnalyser keypointsOnly() {
        return new FaceAnalyser(new BlazeFace(required(ModelFiles.blazeFace(), ModelFiles.BLAZEFACE), MIN_SCORE), null,
            null);
    }

    private static Path required(java.util.Optional<Path> file, String name) {
        return file.orElseThrow(() -> new IllegalStateException("face model missing: run models/fetch (expected "
            + ModelFiles.modelDir().resolve(name) + ")"));
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
        FaceDetection main = faces.get(0);
        FaceGeometry g = mesh == null ? FaceGeometry.fromKeypoints(main)
            : FaceGeometry.fromMesh(mesh.landmarks(bgr, main), canonical, bgr.cols(), bgr.rows());
        try (MatScope s = new MatScope()) {
            Mat grey = s.mat();
            Imgproc.cvtColor(bgr, grey, Imgproc.COLOR_BGR2GRAY);
            return new Analysis(measure(s, bgr, grey, main, g, faces.size()), List.copyOf(faces));
        }
    }

    private PhotoMeasurements measure(MatScope s, Mat bgr, Mat grey, FaceDetection f, FaceGeometry g, int count) {
        Point l = g.leftEye();
        Point r = g.rightEye();
        double ie = Math.max(2, g.interEye());
        double ex = g.eyeX();
        double ey = g.eyeY();
        double eyeMouth = g.eyeMouth();
        Crown crown = CrownFinder.find(bgr, ey, eyeMouth, Math.min(l.x(), r.x()), Math.max(l.x(), r.x()));
        double headWidth = Math.max(2.2 * ie, Math.abs(f.rightEar().x() - f.leftEar().x()) * 1.15);
        double faceCentre = (ex + g.nose().x() + g.mouth().x()) / 3;

        Rect inner = MatScope.clip(new Rect((int) (l.x() - 0.25 * ie), (int) (ey - 0.3 * ie), (int) (1.5 * ie),
            (int) (g.mouth().y() + 0.15 * ie - (ey - 0.3 * ie))), bgr.cols(), bgr.rows());
        Mat face = s.sub(grey, inner);
        // the brighter cheek's light: teeth are brighter than lit skin, and under a lamp from one side the
        // mean of both cheeks would let the lit cheek's skin pass for teeth
        double skin = Math.max(FaceMeasures.mean(s.sub(grey, MatScope.around(ex - 0.3 * ie, (ey + g.mouth().y()) / 2,
            0.6 * ie, 0.4 * ie))), FaceMeasures.mean(s.sub(grey, MatScope.around(ex + 0.3 * ie, (ey + g.mouth().y()) / 2,
            0.6 * ie, 0.4 * ie))));
        Background bg = BackgroundMeasures.measure(grey, faceCentre, crown.hairTop(), g.chinY(), headWidth * 0.62);
        double glare = (FaceMeasures.shareAbove(s, s.sub(grey, MatScope.around(l.x(), l.y(), 0.6 * ie, 0.4 * ie)), 250)
            + FaceMeasures.shareAbove(s, s.sub(grey, MatScope.around(r.x(), r.y(), 0.6 * ie, 0.4 * ie)), 250)) / 2;
        double red = Math.max(FaceMeasures.redEye(s, bgr, l.x(), l.y(), ie), FaceMeasures.redEye(s, bgr, r.x(), r.y(),
            ie));
        double sharpness = FaceMeasures.sharpness(s, grey, inner);
        Coverings.Found cover = g.mesh() == null ? Coverings.Found.UNKNOWN
            : Coverings.measure(s, bgr, grey, g, crown.y(), sharpness);
        // the mesh's mirrored patches when there is a mesh; the issue-4 peer splits the face at the nose
        double balance = g.mesh() == null ? lightBalance(s, grey, inner, g.nose().x()) : cover.balance();
        double eyesOpen = openEyes(s, grey, g, cover);
        return new PhotoMeasurements(bgr.cols(), bgr.rows(), count,
            crown.y(), crown.measured(), g.chinY(), ey, faceCentre, headWidth,
            ie, g.rollDeg(), g.yawDeg(), g.pitchDeg(),
            eyesOpen, FaceMeasures.mouthOpen(s, bgr, grey, g.mouth().x(), g.mouth().y(), ie, skin,
                !(g.lipGap() <= FaceMeasures.LIPS_APART)),
            FaceMeasures.glassesEdges(s, grey, inner, ex, ey, ie), glare,
            bg.luma(), bg.spread(), bg.edges(),
            FaceMeasures.mean(face), FaceMeasures.shareAbove(s, face, 250), balance,
            sharpness, red,
            cover.head(), cover.lowerFace(), cover.noseBase(), cover.mouthLine(), cover.eyes(), cover.gaze(), g.mouthWidth(),
            cover.eyeSurround(), g.lipGap(), cover.lipContrast(), cover.forehead().height(), cover.forehead().texture());
    }

    /**
     * Eyes found open (0-2). The open-eye cascade is the costliest measure of the frame, and the
     * mesh's lids cannot tell a half-closed eye from an open one; but when both eyes' lids stand
     * wide apart ({@link #OPEN_LIDS}) and the skin round them is the face's own (no lens), the eyes
     * are open and the cascade is not run. It runs on every other face (closed, narrowed, covered).
     */
    private double openEyes(MatScope s, Mat grey, FaceGeometry g, Coverings.Found cover) {
        if (g.mesh() != null && g.lidOpening() > OPEN_LIDS && cover.eyeSurround() < SKIN_ROUND_EYES) {
            return 2;
        }
        return eyes == null ? Double.NaN : eyes.openEyes(s, grey, g);
    }

    /**
     * Lids this far apart (the narrower eye's height over its width, face mesh) are open: on the
     * developer photos and their variants the closed and winking eyes read 0.29 and less, and of the
     * faces reading more the cascade missed an eye only on tilted, soft or dark copies whose eyes are open.
     */
    static final double OPEN_LIDS = 0.32;
    /** The eyes' surroundings nearer the skin's colour than this (well under the lens bar, 15.5) hold no lens. */
    static final double SKIN_ROUND_EYES = 10;

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
        if (mesh != null) {
            mesh.close();
        }
    }
}
