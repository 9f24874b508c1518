package jp.madoguchi.kiosk.vision.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jp.madoguchi.kiosk.vision.FaceDetection;
import jp.madoguchi.rules.photo.PhotoReason;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Problem photos made from compliant ones, labelled by construction, to tune and test the checks on
 * (never saved beside the real photos or committed): a cap, a knitted hat, a headscarf around the
 * face, a mask, a scarf or a hand over the mouth, sunglasses, eyes looking aside, a tilted head,
 * and a barely tilted one that is still compliant. Everything is placed from the detector's box and
 * keypoints of the original and drawn with a random source seeded by the seed and the photo's name,
 * so a seed gives the same variants of a photo whatever else is made.
 */
public final class PhotoVariants {
    public enum Kind {
        CAP(PhotoReason.HEAD_COVERING), KNIT_HAT(PhotoReason.HEAD_COVERING), HEADSCARF(PhotoReason.HEAD_COVERING),
        MASK(PhotoReason.FACE_COVERED), MOUTH_SCARF(PhotoReason.FACE_COVERED), HAND(PhotoReason.FACE_COVERED),
        SUNGLASSES(PhotoReason.EYES_COVERED), GAZE_ASIDE(PhotoReason.NOT_FRONTAL_GAZE), TILT(PhotoReason.HEAD_TILTED),
        SLIGHT_TILT(null);

        /** The reason this problem must be refused for; null for a variant that stays compliant. */
        public final PhotoReason reason;

        Kind(PhotoReason reason) {
            this.reason = reason;
        }
    }

    /** One generated photo; closing it releases its pixels. */
    public record Variant(String name, Kind kind, Mat bgr) implements AutoCloseable {
        /** Writes it as a PNG into {@code dir}, to look at. */
        public void saveIn(java.nio.file.Path dir) throws java.io.IOException {
            java.nio.file.Files.createDirectories(dir);
            org.opencv.imgcodecs.Imgcodecs.imwrite(dir.resolve(name.replace('#', '-') + ".png").toString(), bgr);
        }

        @Override
        public void close() {
            bgr.release();
        }
    }

    static final Scalar[] FABRIC = {new Scalar(90, 40, 20), new Scalar(40, 40, 200), new Scalar(30, 30, 30),
        new Scalar(235, 235, 235), new Scalar(140, 180, 200), new Scalar(60, 120, 40), new Scalar(120, 120, 120),
        new Scalar(40, 70, 110), new Scalar(200, 170, 120), new Scalar(150, 60, 140)};
    static final Scalar[] MASKS = {new Scalar(230, 200, 150), new Scalar(245, 245, 245), new Scalar(35, 35, 35),
        new Scalar(170, 170, 170), new Scalar(200, 190, 235)};
    private final long seed;
    private Random random;

    public PhotoVariants(long seed) {
        this.seed = seed;
    }

    /** One variant of each kind of {@code photo}, whose main face is {@code face}. */
    public List<Variant> of(String name, Mat photo, FaceDetection face) {
        random = new Random(seed * 31 + name.hashCode()); // a photo's variants do not depend on the others made before
        List<Variant> out = new ArrayList<>();
        Geometry g = new Geometry(face);
        for (Kind kind : Kind.values()) {
            Mat m = photo.clone();
            Mat made = switch (kind) {
                case CAP -> Props.cap(m, g, pick(FABRIC), random);
                case KNIT_HAT -> Props.knitHat(m, g, pick(FABRIC), random);
                case HEADSCARF -> Props.headscarf(m, g, pick(FABRIC), random);
                case MASK -> Props.mask(m, g, pick(MASKS), random);
                case MOUTH_SCARF -> Props.mouthScarf(m, g, pick(FABRIC), random);
                case HAND -> Props.hand(m, g, random);
                case SUNGLASSES -> Props.sunglasses(m, g, random);
                case GAZE_ASIDE -> Props.gazeAside(m, g, random);
                case TILT -> tilt(m, g, (12 + 8 * random.nextDouble()) * sign());
                case SLIGHT_TILT -> tilt(m, g, 3 * random.nextDouble() * sign());
            };
            out.add(new Variant(name + "#" + kind.name().toLowerCase(java.util.Locale.ROOT), kind, made));
        }
        return out;
    }

    private Scalar pick(Scalar[] palette) {
        return palette[random.nextInt(palette.length)];
    }

    private int sign() {
        return random.nextBoolean() ? 1 : -1;
    }

    /** Turns the whole photo about the face; the corners show the photo's edge colour, as a wider shot would. */
    static Mat tilt(Mat m, Geometry g, double degrees) {
        Mat rot = Imgproc.getRotationMatrix2D(new Point(g.cx, g.eyeY), degrees, 1);
        Mat out = new Mat();
        Imgproc.warpAffine(m, out, rot, m.size(), Imgproc.INTER_LINEAR, Core.BORDER_REPLICATE);
        rot.release();
        m.release();
        return out;
    }

    /** Where things go, from the detector: eye line, eye distance, mouth and an estimated crown. */
    static final class Geometry {
        final double cx;
        final double eyeY;
        final double ie;
        final double mouthY;
        final double noseY;
        final double crownY;
        final double chinY;
        final FaceDetection face;

        Geometry(FaceDetection f) {
            face = f;
            cx = (f.leftEye().x() + f.rightEye().x()) / 2;
            eyeY = (f.leftEye().y() + f.rightEye().y()) / 2;
            ie = f.interEye();
            mouthY = f.mouth().y();
            noseY = f.nose().y();
            double em = mouthY - eyeY;
            crownY = eyeY - 1.85 * em;
            chinY = eyeY + 1.62 * em;
        }

        Size axes(double w, double h) {
            return new Size(Math.max(1, w), Math.max(1, h));
        }
    }
}
