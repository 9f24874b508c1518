package jp.madoguchi.kiosk.vision.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import jp.madoguchi.kiosk.vision.FaceDetection;
import jp.madoguchi.kiosk.vision.bench.Fabric.Cloth;
import jp.madoguchi.kiosk.vision.bench.Fabric.Tone;
import jp.madoguchi.kiosk.vision.bench.Fabric.Weave;
import jp.madoguchi.rules.photo.PhotoReason;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;

/**
 * Problem photos made from compliant ones, labelled by construction, to tune and test the checks on
 * (never saved beside the real photos or committed): caps, knitted hats, headscarves and hoods,
 * masks, scarves and hands over the mouth, sunglasses of several shapes, eyes looking aside, a
 * tilted head, the lens out of focus, light from one side, too little light, and a barely tilted
 * head that is still compliant. Coverings take their colour from four tones, a hair colour and a
 * skin colour near the resident's own among them ({@link Fabric}), because those are the hard cases.
 * Everything is placed from the detector's box and keypoints of the original (not from the face
 * mesh the check uses) and drawn with a random source seeded by the seed and the photo's name, so a
 * seed gives the same variants of a photo whatever else is made.
 */
public final class PhotoVariants {
    public enum Kind {
        CAP(PhotoReason.HEAD_COVERING), KNIT_HAT(PhotoReason.HEAD_COVERING), HEADSCARF(PhotoReason.HEAD_COVERING),
        HOOD(PhotoReason.HEAD_COVERING), MASK(PhotoReason.FACE_COVERED), MOUTH_SCARF(PhotoReason.FACE_COVERED),
        HAND(PhotoReason.FACE_COVERED), SUNGLASSES(PhotoReason.EYES_COVERED), GAZE_ASIDE(PhotoReason.NOT_FRONTAL_GAZE),
        TILT(PhotoReason.HEAD_TILTED), SOFT_FOCUS(PhotoReason.BLURRY), SIDE_LIGHT(PhotoReason.SHADOW_ON_FACE),
        LOW_LIGHT(PhotoReason.TOO_DARK), SLIGHT_TILT(null);

        /** The reason this problem must be refused for; null for a variant that stays compliant. */
        public final PhotoReason reason;

        Kind(PhotoReason reason) {
            this.reason = reason;
        }
    }

    /**
     * One generated photo; closing it releases its pixels. {@code detail} says how it was made where
     * that varies (the covering's tone and weave), for the measurements dump.
     */
    public record Variant(String name, Kind kind, String detail, Mat bgr) implements AutoCloseable {
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

    private final long seed;

    public PhotoVariants(long seed) {
        this.seed = seed;
    }

    /** One variant of each kind of {@code photo}, whose main face is {@code face}. */
    public List<Variant> of(String name, Mat photo, FaceDetection face) {
        Random random = new Random(seed * 31 + name.hashCode()); // a photo's variants do not depend on the others made before
        List<Variant> out = new ArrayList<>();
        Geometry g = new Geometry(face, photo);
        for (Kind kind : Kind.values()) {
            Mat m = photo.clone();
            Random r = new Random(random.nextLong());
            Cloth c = switch (kind) {
                case CAP -> cloth(g, r, 0.35, 0.3, 0.2, Weave.FLAT, Weave.WOVEN);
                case KNIT_HAT -> cloth(g, r, 0.3, 0.25, 0.3, Weave.RIBBED, Weave.WOVEN);
                case HEADSCARF -> cloth(g, r, 0.35, 0.3, 0.15, Weave.FLAT, Weave.WOVEN, Weave.STRIPED);
                case HOOD -> cloth(g, r, 0.3, 0.4, 0.2, Weave.FLAT, Weave.WOVEN);
                case MASK -> cloth(g, r, 0.2, 0.45, 0, Weave.FLAT, Weave.WOVEN);
                case MOUTH_SCARF -> cloth(g, r, 0.3, 0.3, 0.2, Weave.FLAT, Weave.WOVEN, Weave.RIBBED, Weave.STRIPED);
                default -> null;
            };
            Mat made = switch (kind) {
                case CAP -> HeadProps.cap(m, g, c, r);
                case KNIT_HAT -> HeadProps.knitHat(m, g, c, r);
                case HEADSCARF -> HeadProps.headscarf(m, g, c, r);
                case HOOD -> HeadProps.hood(m, g, c, r);
                case MASK -> FaceProps.mask(m, g, c, r);
                case MOUTH_SCARF -> FaceProps.mouthScarf(m, g, c, r);
                case HAND -> FaceProps.hand(m, g, r);
                case SUNGLASSES -> EyeProps.sunglasses(m, g, r);
                case GAZE_ASIDE -> EyeProps.gazeAside(m, g, r);
                case TILT -> Lighting.tilt(m, g, (12 + 8 * r.nextDouble()) * (r.nextBoolean() ? 1 : -1));
                case SOFT_FOCUS -> Lighting.softFocus(m, g, r);
                case SIDE_LIGHT -> Lighting.sideLight(m, g, r);
                case LOW_LIGHT -> Lighting.lowLight(m, g, r);
                case SLIGHT_TILT -> Lighting.tilt(m, g, 3 * r.nextDouble() * (r.nextBoolean() ? 1 : -1));
            };
            String detail = c == null ? "" : String.format(Locale.ROOT, "%s %s bgr %.0f %.0f %.0f",
                c.tone().name().toLowerCase(Locale.ROOT), c.weave().name().toLowerCase(Locale.ROOT), c.colour().val[0],
                c.colour().val[1], c.colour().val[2]);
            out.add(new Variant(name + "#" + kind.name().toLowerCase(Locale.ROOT), kind, detail, made));
        }
        return out;
    }

    /** A cloth whose tone is vivid, neutral, a hair colour or (the rest) a skin colour, with these chances. */
    private static Cloth cloth(Geometry g, Random r, double vivid, double neutral, double hair, Weave... weaves) {
        Tone tone = Fabric.tone(r, vivid, neutral, hair);
        return Fabric.cloth(tone, g.skin, r, g.ie, weaves);
    }

    static Rect clip(Mat m, Rect r) {
        int x = Math.max(0, Math.min(r.x, m.cols() - 2));
        int y = Math.max(0, Math.min(r.y, m.rows() - 2));
        return new Rect(x, y, Math.max(1, Math.min(r.width, m.cols() - x)), Math.max(1, Math.min(r.height, m.rows() - y)));
    }

    /** Where things go, from the detector: eye line, eye distance, mouth, an estimated crown and chin, the cheek's colour. */
    static final class Geometry {
        final double cx;
        final double eyeY;
        final double ie;
        final double mouthY;
        final double noseY;
        final double crownY;
        final double chinY;
        final Scalar skin;
        final FaceDetection face;

        Geometry(FaceDetection f, Mat photo) {
            face = f;
            cx = (f.leftEye().x() + f.rightEye().x()) / 2;
            eyeY = (f.leftEye().y() + f.rightEye().y()) / 2;
            ie = f.interEye();
            mouthY = f.mouth().y();
            noseY = f.nose().y();
            double em = mouthY - eyeY;
            crownY = eyeY - 1.85 * em;
            chinY = eyeY + 1.62 * em;
            Mat cheek = photo.submat(clip(photo, new Rect((int) (cx - 0.7 * ie), (int) noseY - 2, (int) (0.25 * ie), 5)));
            skin = Core.mean(cheek);
            cheek.release();
        }

        Size axes(double w, double h) {
            return new Size(Math.max(1, w), Math.max(1, h));
        }
    }
}
