package jp.madoguchi.kiosk.vision;

import java.util.Arrays;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Whether something dark lies over an eye: the eye (corner to corner, lid to lid, sampled level
 * along the eye) and the skin just under it. An open eye has its white, and the skin under it is
 * skin; dark lenses cover both. Also samples the eye for {@link Gaze}.
 */
final class EyeCover {
    static final int W = 40;
    static final int H = 12;

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
        double ux = m.x(b) - m.x(a);
        double uy = m.y(b) - m.y(a);
        double width = Math.max(1, Math.hypot(ux, uy));
        double h = Math.max(0.2 * width, m.distance(eye[2], eye[3]) * 1.2);
        double nx = -uy / width;
        double ny = ux / width;
        double ox = nx * down * width;
        double oy = ny * down * width;
        MatOfPoint2f from = new MatOfPoint2f(new Point(m.x(a) - nx * h / 2 + ox, m.y(a) - ny * h / 2 + oy),
            new Point(m.x(b) - nx * h / 2 + ox, m.y(b) - ny * h / 2 + oy),
            new Point(m.x(a) + nx * h / 2 + ox, m.y(a) + ny * h / 2 + oy));
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

    /** The brighter of the eye's white (90th percentile) and the skin under it, over the face's skin light. */
    static double brightness(MatScope s, Mat grey, FaceLandmarks m, int[] eye, double ie, double skinLuma) {
        double white = percentile(strip(s, grey, m, eye, 0), 0.9);
        double under = percentile(strip(s, grey, m, eye, 0.45), 0.5);
        return Math.max(white, under) / Math.max(1, skinLuma);
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
