package jp.madoguchi.kiosk.vision.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jp.madoguchi.kiosk.vision.bench.PhotoVariants.Geometry;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/** What {@link PhotoVariants} does to the eyes: sunglasses of several shapes and tints, irises turned aside. */
final class EyeProps {
    enum Frame { ROUND, WAYFARER, AVIATOR, WRAP }

    /** Lens tints, BGR at full strength: grey, brown, green-grey, blue, mirror-ish silver. */
    static final double[][] TINTS = {{1, 1, 1}, {0.75, 0.95, 1.2}, {0.9, 1.1, 0.9}, {1.3, 1, 0.8}, {1.1, 1.1, 1.1}};

    private EyeProps() {
    }

    /**
     * Dark lenses over both eyes: a shape, a tint 12-75 % light (darker at the top for gradient
     * lenses), a soft reflection, a frame and a bridge.
     */
    static Mat sunglasses(Mat m, Geometry g, Random r) {
        Frame frame = Frame.values()[r.nextInt(Frame.values().length)];
        double angle = Math.toDegrees(Math.atan2(g.face.rightEye().y() - g.face.leftEye().y(),
            g.face.rightEye().x() - g.face.leftEye().x()));
        double level = 20 + 60 * r.nextDouble();
        double[] tint = TINTS[r.nextInt(TINTS.length)];
        Scalar lens = new Scalar(Fabric.clamp(level * tint[0]), Fabric.clamp(level * tint[1]), Fabric.clamp(level * tint[2]));
        Mat mask = HeadProps.blank(m);
        double w = (0.4 + 0.06 * r.nextDouble()) * g.ie;
        double h = (0.27 + 0.08 * r.nextDouble()) * g.ie;
        for (Point e : eyes(g)) {
            Point c = new Point(e.x, e.y + 0.04 * g.ie);
            switch (frame) {
                case ROUND -> Imgproc.ellipse(mask, c, g.axes(0.85 * w, 0.85 * w), 0, 0, 360, new Scalar(255), -1);
                case WAYFARER -> FaceProps.fill(mask, rotate(c, angle, -w, -h), rotate(c, angle, w, -h * 1.05),
                    rotate(c, angle, w * 0.85, h), rotate(c, angle, -w * 0.85, h));
                case AVIATOR -> {
                    Imgproc.ellipse(mask, new Point(c.x, c.y + 0.1 * h), g.axes(w, h * 1.1), angle, 0, 360, new Scalar(255), -1);
                    Imgproc.rectangle(mask, rotate(c, angle, -w, -h), rotate(c, angle, w, 0), new Scalar(255), -1);
                }
                case WRAP -> Imgproc.ellipse(mask, c, g.axes(w * 1.15, h * 0.85), angle, 0, 360, new Scalar(255), -1);
            }
        }
        if (frame == Frame.WRAP) {
            Imgproc.rectangle(mask, new Point(g.face.leftEye().x(), g.eyeY - 0.12 * g.ie), new Point(g.face.rightEye().x(),
                g.eyeY + 0.1 * g.ie), new Scalar(255), -1);
        }
        Mat rim = HeadProps.blank(m);
        Mat grown = new Mat();
        Imgproc.dilate(mask, grown, Imgproc.getStructuringElement(Imgproc.MORPH_ELLIPSE, new Size(Math.max(3, g.ie / 18),
            Math.max(3, g.ie / 18))));
        Core.subtract(grown, mask, rim);
        grown.release();
        Mat out = Fabric.lay(m, mask, Fabric.Cloth.plain(lens), 0.25 * g.ie, r);
        reflect(out, g, r);
        double frameLight = r.nextDouble() < 0.7 ? 25 : 120;
        out = Fabric.lay(out, rim, Fabric.Cloth.plain(new Scalar(frameLight * 0.8, frameLight, frameLight * 1.2)), 2, r);
        Imgproc.line(out, new Point(g.face.leftEye().x() + 0.4 * g.ie, g.eyeY - 0.08 * g.ie),
            new Point(g.face.rightEye().x() - 0.4 * g.ie, g.eyeY - 0.08 * g.ie), new Scalar(frameLight, frameLight,
                frameLight), Math.max(2, (int) (g.ie / 25)));
        return out;
    }

    /** A soft slanted streak of light on each lens. */
    private static void reflect(Mat m, Geometry g, Random r) {
        double strength = 20 + 40 * r.nextDouble();
        Mat glow = Mat.zeros(m.size(), CvType.CV_8UC3);
        for (Point e : eyes(g)) {
            Imgproc.line(glow, new Point(e.x - 0.15 * g.ie, e.y + 0.1 * g.ie), new Point(e.x + 0.05 * g.ie, e.y - 0.15 * g.ie),
                new Scalar(strength, strength, strength), Math.max(2, (int) (g.ie / 14)));
        }
        Imgproc.GaussianBlur(glow, glow, new Size(0, 0), Math.max(1, g.ie / 30));
        Core.add(m, glow, m);
        glow.release();
    }

    private static List<Point> eyes(Geometry g) {
        return List.of(new Point(g.face.leftEye().x(), g.face.leftEye().y()), new Point(g.face.rightEye().x(),
            g.face.rightEye().y()));
    }

    private static Point rotate(Point c, double degrees, double dx, double dy) {
        double a = Math.toRadians(degrees);
        return new Point(c.x + dx * Math.cos(a) - dy * Math.sin(a), c.y + dx * Math.sin(a) + dy * Math.cos(a));
    }

    /** Moves the contents of each eye sideways, the white of the eye filling in behind. */
    static Mat gazeAside(Mat m, Geometry g, Random r) {
        double d = (r.nextBoolean() ? 1 : -1) * (0.11 + 0.05 * r.nextDouble()) * g.ie;
        for (Point e : eyes(g)) {
            Rect box = PhotoVariants.clip(m, new Rect((int) (e.x - 0.35 * g.ie), (int) (e.y - 0.14 * g.ie),
                (int) (0.7 * g.ie), (int) (0.28 * g.ie)));
            Mat eye = m.submat(box);
            Mat shape = Mat.zeros(eye.size(), CvType.CV_8U);
            Imgproc.ellipse(shape, new Point(box.width / 2.0, box.height / 2.0), g.axes(0.27 * g.ie, 0.1 * g.ie), 0, 0,
                360, new Scalar(255), -1);
            Mat grey = new Mat();
            Imgproc.cvtColor(eye, grey, Imgproc.COLOR_BGR2GRAY);
            Core.MinMaxLocResult mm = Core.minMaxLoc(grey, shape);
            Scalar white = new Scalar(mm.maxVal * 0.95, mm.maxVal * 0.95, mm.maxVal * 0.97);
            Mat moved = new Mat();
            Mat shift = new Mat(2, 3, CvType.CV_64F);
            shift.put(0, 0, 1, 0, d, 0, 1, 0);
            Imgproc.warpAffine(eye, moved, shift, eye.size(), Imgproc.INTER_LINEAR, Core.BORDER_REPLICATE);
            Mat shapeMoved = new Mat();
            Imgproc.warpAffine(shape, shapeMoved, shift, shape.size());
            Core.bitwise_and(shapeMoved, shape, shapeMoved);
            eye.setTo(white, shape);
            moved.copyTo(eye, shapeMoved);
            List<Mat> used = new ArrayList<>(List.of(eye, shape, grey, moved, shift, shapeMoved));
            used.forEach(Mat::release);
        }
        return m;
    }
}
