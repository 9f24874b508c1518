package jp.madoguchi.kiosk.vision.bench;

import java.util.List;
import java.util.Random;
import jp.madoguchi.kiosk.vision.bench.PhotoVariants.Geometry;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/** The things {@link PhotoVariants} draws on a face: caps, hats, scarves, masks, a hand, sunglasses, turned eyes. */
final class Props {
    private Props() {
    }

    static Mat cap(Mat m, Geometry g, Scalar colour, Random r) {
        double brim = g.eyeY - (0.55 + 0.2 * r.nextDouble()) * g.ie;
        double top = g.crownY - 0.45 * g.ie;
        Mat mask = mask(m);
        Imgproc.ellipse(mask, new Point(g.cx, brim), g.axes(1.4 * g.ie, brim - top), 0, 180, 360, new Scalar(255), -1);
        Imgproc.ellipse(mask, new Point(g.cx + (r.nextDouble() - 0.5) * 0.4 * g.ie, brim), g.axes(1.5 * g.ie, 0.2 * g.ie),
            0, 0, 360, new Scalar(255), -1);
        return paint(m, mask, colour, r, 0);
    }

    static Mat knitHat(Mat m, Geometry g, Scalar colour, Random r) {
        double brim = g.eyeY - (0.5 + 0.15 * r.nextDouble()) * g.ie;
        double top = g.crownY - 0.5 * g.ie;
        Mat mask = mask(m);
        Imgproc.ellipse(mask, new Point(g.cx, brim), g.axes(1.4 * g.ie, brim - top), 0, 180, 360, new Scalar(255), -1);
        Imgproc.rectangle(mask, new Point(g.cx - 1.32 * g.ie, brim - 0.35 * g.ie), new Point(g.cx + 1.32 * g.ie, brim),
            new Scalar(255), -1);
        return paint(m, mask, colour, r, Math.max(3, g.ie / 10));
    }

    static Mat headscarf(Mat m, Geometry g, Scalar colour, Random r) {
        double top = g.crownY - 0.25 * g.ie;
        double brow = g.eyeY - (0.45 + 0.15 * r.nextDouble()) * g.ie;
        Mat mask = mask(m);
        Imgproc.ellipse(mask, new Point(g.cx, (top + g.chinY) / 2), g.axes(1.75 * g.ie, (g.chinY - top) / 2 + 0.35 * g.ie),
            0, 0, 360, new Scalar(255), -1);
        Imgproc.rectangle(mask, new Point(g.cx - 1.9 * g.ie, g.chinY - 0.2 * g.ie), new Point(g.cx + 1.9 * g.ie, m.rows()),
            new Scalar(255), -1);
        Imgproc.ellipse(mask, new Point(g.cx, (brow + g.chinY) / 2 + 0.05 * g.ie), g.axes(0.92 * g.ie,
            (g.chinY - brow) / 2 + 0.05 * g.ie), 0, 0, 360, new Scalar(0), -1);
        return paint(m, mask, colour, r, 0);
    }

    static Mat mask(Mat m, Geometry g, Scalar colour, Random r) {
        double top = g.noseY - (0.2 + 0.15 * r.nextDouble()) * (g.noseY - g.eyeY);
        double bottom = g.chinY + 0.1 * g.ie;
        double h = bottom - top;
        Mat mask = mask(m);
        fill(mask, new Point(g.cx - 0.95 * g.ie, top + 0.12 * h), new Point(g.cx, top), new Point(g.cx + 0.95 * g.ie,
            top + 0.12 * h), new Point(g.cx + 0.85 * g.ie, bottom - 0.3 * h), new Point(g.cx, bottom),
            new Point(g.cx - 0.85 * g.ie, bottom - 0.3 * h));
        Mat out = paint(m, mask, colour, r, 0);
        Scalar pleat = new Scalar(colour.val[0] * 0.75, colour.val[1] * 0.75, colour.val[2] * 0.75);
        for (int i = 1; i <= 3; i++) {
            double y = top + h * (0.25 + 0.15 * i);
            Imgproc.line(out, new Point(g.cx - 0.8 * g.ie, y), new Point(g.cx + 0.8 * g.ie, y), pleat,
                Math.max(1, (int) (g.ie / 40)));
        }
        Imgproc.line(out, new Point(g.cx - 0.95 * g.ie, top + 0.12 * h), new Point(g.cx - 1.25 * g.ie, g.eyeY), pleat, 2);
        Imgproc.line(out, new Point(g.cx + 0.95 * g.ie, top + 0.12 * h), new Point(g.cx + 1.25 * g.ie, g.eyeY), pleat, 2);
        return out;
    }

    static Mat mouthScarf(Mat m, Geometry g, Scalar colour, Random r) {
        double top = (g.noseY + g.mouthY) / 2 - 0.1 * r.nextDouble() * g.ie;
        Mat mask = mask(m);
        Imgproc.rectangle(mask, new Point(g.cx - 1.3 * g.ie, top), new Point(g.cx + 1.3 * g.ie, m.rows()), new Scalar(255),
            -1);
        return paint(m, mask, colour, r, Math.max(4, g.ie / 6));
    }

    /** A hand over mouth and chin, in the face's own skin colour, fingers apart by thin shadows. */
    static Mat hand(Mat m, Geometry g, Random r) {
        Rect cheek = clip(m, new Rect((int) (g.cx - 0.7 * g.ie), (int) g.noseY - 2, (int) (0.25 * g.ie), 5));
        Mat part = m.submat(cheek);
        Scalar skin = Core.mean(part);
        part.release();
        double cy = (g.mouthY + g.chinY) / 2;
        Mat mask = mask(m);
        Imgproc.ellipse(mask, new Point(g.cx + (r.nextDouble() - 0.5) * 0.3 * g.ie, cy), g.axes(0.95 * g.ie, 0.6 * g.ie),
            (r.nextDouble() - 0.5) * 20, 0, 360, new Scalar(255), -1);
        Mat out = paint(m, mask, skin, r, 0);
        Scalar gap = new Scalar(skin.val[0] * 0.6, skin.val[1] * 0.6, skin.val[2] * 0.6);
        for (int i = -1; i <= 1; i++) {
            double y = cy + i * 0.22 * g.ie;
            Imgproc.line(out, new Point(g.cx - 0.7 * g.ie, y), new Point(g.cx + 0.8 * g.ie, y + 0.05 * g.ie), gap,
                Math.max(1, (int) (g.ie / 50)));
        }
        return out;
    }

    static Mat sunglasses(Mat m, Geometry g, Random r) {
        double angle = Math.toDegrees(Math.atan2(g.face.rightEye().y() - g.face.leftEye().y(),
            g.face.rightEye().x() - g.face.leftEye().x()));
        double shade = 15 + 45 * r.nextDouble();
        Scalar tint = new Scalar(shade * (0.8 + 0.4 * r.nextDouble()), shade, shade * (0.8 + 0.4 * r.nextDouble()));
        Mat mask = mask(m);
        for (FaceDetectionPoint e : List.of(new FaceDetectionPoint(g.face.leftEye().x(), g.face.leftEye().y()),
            new FaceDetectionPoint(g.face.rightEye().x(), g.face.rightEye().y()))) {
            Imgproc.ellipse(mask, new Point(e.x(), e.y() + 0.03 * g.ie), g.axes(0.42 * g.ie, 0.29 * g.ie), angle, 0, 360,
                new Scalar(255), -1);
        }
        Mat out = paint(m, mask, tint, r, 0);
        Imgproc.line(out, new Point(g.face.leftEye().x() + 0.4 * g.ie, g.eyeY - 0.1 * g.ie),
            new Point(g.face.rightEye().x() - 0.4 * g.ie, g.eyeY - 0.1 * g.ie), tint, Math.max(2, (int) (g.ie / 25)));
        return out;
    }

    private record FaceDetectionPoint(double x, double y) {
    }

    /** Moves the contents of each eye sideways, the white of the eye filling in behind. */
    static Mat gazeAside(Mat m, Geometry g, Random r) {
        double d = (r.nextBoolean() ? 1 : -1) * (0.11 + 0.05 * r.nextDouble()) * g.ie;
        for (FaceDetectionPoint e : List.of(new FaceDetectionPoint(g.face.leftEye().x(), g.face.leftEye().y()),
            new FaceDetectionPoint(g.face.rightEye().x(), g.face.rightEye().y()))) {
            Rect box = clip(m, new Rect((int) (e.x() - 0.35 * g.ie), (int) (e.y() - 0.14 * g.ie), (int) (0.7 * g.ie),
                (int) (0.28 * g.ie)));
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
            for (Mat x : List.of(eye, shape, grey, moved, shift, shapeMoved)) {
                x.release();
            }
        }
        return m;
    }

    private static Mat mask(Mat m) {
        return Mat.zeros(m.size(), CvType.CV_8U);
    }

    private static void fill(Mat mask, Point... corners) {
        MatOfPoint poly = new MatOfPoint(corners);
        Imgproc.fillPoly(mask, List.of(poly), new Scalar(255));
        poly.release();
    }

    /**
     * Lays fabric of {@code colour} over the masked part: a light gradient across it, grain noise, and
     * with {@code ribs} > 0 a knitted or woven stripe every that many pixels; edges softened by a pixel.
     */
    private static Mat paint(Mat m, Mat mask, Scalar colour, Random r, double ribs) {
        Mat layer = new Mat(m.size(), m.type(), colour);
        Mat noise = new Mat(m.size(), CvType.CV_16SC3);
        Core.setRNGSeed(r.nextInt());
        Core.randn(noise, 0, 6);
        Mat layer16 = new Mat();
        layer.convertTo(layer16, CvType.CV_16SC3);
        Core.add(layer16, noise, layer16);
        double tilt = 0.15 * (r.nextDouble() - 0.5);
        Mat shade = new Mat(m.size(), CvType.CV_32F);
        float[] row = new float[m.cols()];
        for (int x = 0; x < m.cols(); x++) {
            double stripe = ribs > 0 && (int) (x / ribs) % 2 == 0 ? 0.85 : 1;
            row[x] = (float) ((1 + tilt * (x / (double) m.cols() - 0.5) * 2) * stripe);
        }
        for (int y = 0; y < m.rows(); y++) {
            shade.put(y, 0, row);
        }
        List<Mat> ch = new java.util.ArrayList<>();
        Core.split(layer16, ch);
        for (Mat c : ch) {
            c.convertTo(c, CvType.CV_32F);
            Core.multiply(c, shade, c);
        }
        Mat merged = new Mat();
        Core.merge(ch, merged);
        merged.convertTo(layer, m.type());
        Mat soft = new Mat();
        Imgproc.GaussianBlur(layer, soft, new Size(3, 3), 0);
        soft.copyTo(m, mask);
        for (Mat x : List.of(layer, noise, layer16, shade, merged, soft, mask)) {
            x.release();
        }
        ch.forEach(Mat::release);
        return m;
    }

    private static Rect clip(Mat m, Rect r) {
        int x = Math.max(0, Math.min(r.x, m.cols() - 2));
        int y = Math.max(0, Math.min(r.y, m.rows() - 2));
        return new Rect(x, y, Math.max(1, Math.min(r.width, m.cols() - x)), Math.max(1, Math.min(r.height, m.rows() - y)));
    }
}
