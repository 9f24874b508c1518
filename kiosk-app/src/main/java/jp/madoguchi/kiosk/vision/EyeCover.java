package jp.madoguchi.kiosk.vision;

import java.util.Arrays;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Whether something dark lies over an eye: the eye and its lids, sampled level along the eye. An
 * open eye is mostly skin around; dark lenses cover it all. Also samples the eye for {@link Gaze}.
 */
final class EyeCover {
    static final int W = 40;
    static final int H = 12;
    static final double TALL = 0.9;
    static final double DOWN = 0.15;
    static final double SHARE = 0.75;

    private EyeCover() {
    }

    /**
     * The eye's strip, {@code W x H}, from corner to corner and one lid opening (at least a fifth of
     * the eye's width) tall, columns from the picture's left corner; {@code down} moves it down by
     * that many eye widths.
     */
    static byte[] strip(MatScope s, Mat grey, FaceLandmarks m, int[] eye, double down) {
        int a = m.x(eye[0]) <= m.x(eye[1]) ? eye[0] : eye[1];
        int b = a == eye[0] ? eye[1] : eye[0];
        double width = Math.max(1, m.distance(a, b));
        double h = Math.max(0.2 * width, m.distance(eye[2], eye[3]) * 1.2);
        return along(s, grey, m.x(a), m.y(a), m.x(b), m.y(b), h, down * width);
    }

    /**
     * The band from point a to point b, {@code h} tall and moved {@code down} pixels square to it,
     * sampled level at {@code W x H}.
     */
    static byte[] along(MatScope s, Mat grey, double ax, double ay, double bx, double by, double h, double down) {
        double width = Math.max(1, Math.hypot(bx - ax, by - ay));
        double nx = -(by - ay) / width;
        double ny = (bx - ax) / width;
        double ox = nx * down;
        double oy = ny * down;
        MatOfPoint2f from = new MatOfPoint2f(new Point(ax - nx * h / 2 + ox, ay - ny * h / 2 + oy),
            new Point(bx - nx * h / 2 + ox, by - ny * h / 2 + oy), new Point(ax + nx * h / 2 + ox, ay + ny * h / 2 + oy));
        MatOfPoint2f to = new MatOfPoint2f(new Point(0, 0), new Point(W, 0), new Point(0, H));
        s.keep(from);
        s.keep(to);
        Mat warp = s.keep(Imgproc.getAffineTransform(from, to));
        Mat out = s.mat();
        Imgproc.warpAffine(grey, out, warp, new Size(W, H), Imgproc.INTER_LINEAR);
        byte[] px = new byte[W * H];
        out.get(0, 0, px);
        return px;
    }

    /**
     * The light of the eye's surroundings, over the face's skin light: the median of a band from
     * corner to corner, three fifths of the eye's width tall (lids, lashes, the eye, the skin just
     * under it). An open eye leaves it mostly skin; a dark lens covers all of it, and its
     * reflections or a light frame are too small to move a median.
     */
    static double brightness(MatScope s, Mat grey, FaceLandmarks m, int[] eye, double ie, double skinLuma) {
        int a = m.x(eye[0]) <= m.x(eye[1]) ? eye[0] : eye[1];
        int b = a == eye[0] ? eye[1] : eye[0];
        double width = Math.max(1, m.distance(a, b));
        byte[] px = along(s, grey, m.x(a), m.y(a), m.x(b), m.y(b), TALL * width, DOWN * width);
        return percentile(px, SHARE) / Math.max(1, skinLuma);
    }

    /** Skin just below and just above each eye (face-mesh rings round the eye), picture-left eye then right. */
    static final int[][] BELOW = {{230, 229}, {450, 449}};
    static final int[][] ABOVE = {{223, 224}, {443, 444}};

    /**
     * How far the skin round the eyes is from the face's skin colour ({@link Patches#distance}): for
     * each eye the nearer of the patches below and above it (a lens covers both; a shadow under the
     * brow or a dark circle under the eye darkens one), then the nearer of the two eyes.
     */
    static double surround(Patches p, FaceLandmarks m, double[] skin) {
        double out = Double.MAX_VALUE;
        for (int eye = 0; eye < 2; eye++) {
            out = Math.min(out, Math.min(offSkin(p, m, BELOW[eye], skin), offSkin(p, m, ABOVE[eye], skin)));
        }
        return out;
    }

    private static double offSkin(Patches p, FaceLandmarks m, int[] ids, double[] skin) {
        double sum = 0;
        for (int id : ids) {
            sum += Patches.distance(p.at(m.x(id), m.y(id)), skin);
        }
        return sum / ids.length;
    }

    static double percentile(byte[] px, double q) {
        int[] v = new int[px.length];
        for (int i = 0; i < px.length; i++) {
            v[i] = px[i] & 0xff;
        }
        Arrays.sort(v);
        return v[(int) Math.min(v.length - 1, Math.round(q * (v.length - 1)))];
    }
}
