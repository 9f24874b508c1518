package jp.madoguchi.kiosk.vision.bench;

import java.util.List;
import java.util.Random;
import jp.madoguchi.kiosk.vision.bench.Fabric.Cloth;
import jp.madoguchi.kiosk.vision.bench.PhotoVariants.Geometry;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/** What {@link PhotoVariants} puts over the lower face: masks (pleated, cloth, folded), a scarf, a hand. */
final class FaceProps {
    private FaceProps() {
    }

    /** A mask over nose, mouth and chin: pleated (surgical), plain cloth, or folded down the middle, with ear loops. */
    static Mat mask(Mat m, Geometry g, Cloth cloth, Random r) {
        double top = g.noseY - (0.2 + 0.25 * r.nextDouble()) * (g.noseY - g.eyeY);
        double bottom = g.chinY + (0.05 + 0.1 * r.nextDouble()) * g.ie;
        double h = bottom - top;
        double half = (0.9 + 0.15 * r.nextDouble()) * g.ie;
        Mat mask = HeadProps.blank(m);
        fill(mask, new Point(g.cx - half, top + 0.12 * h), new Point(g.cx, top), new Point(g.cx + half, top + 0.12 * h),
            new Point(g.cx + half * 0.9, bottom - 0.3 * h), new Point(g.cx, bottom), new Point(g.cx - half * 0.9,
                bottom - 0.3 * h));
        Mat out = Fabric.lay(m, mask, cloth, 0.35 * g.ie, r);
        Scalar crease = scaled(cloth.colour(), 0.72);
        int kind = r.nextInt(3);
        int thin = Math.max(1, (int) (g.ie / 40));
        if (kind == 0) { // pleats
            for (int i = 1; i <= 3; i++) {
                double y = top + h * (0.25 + 0.15 * i);
                Imgproc.line(out, new Point(g.cx - 0.8 * half, y), new Point(g.cx + 0.8 * half, y), crease, thin);
            }
        } else if (kind == 1) { // folded down the middle
            Imgproc.line(out, new Point(g.cx, top), new Point(g.cx, bottom), crease, thin);
        }
        Imgproc.line(out, new Point(g.cx - half, top + 0.12 * h), new Point(g.cx - 1.25 * g.ie, g.eyeY), crease, 2);
        Imgproc.line(out, new Point(g.cx + half, top + 0.12 * h), new Point(g.cx + 1.25 * g.ie, g.eyeY), crease, 2);
        return out;
    }

    /** A scarf wound up over mouth and chin, its upper edge curved, a fold or two across it. */
    static Mat mouthScarf(Mat m, Geometry g, Cloth cloth, Random r) {
        double top = (g.noseY + g.mouthY) / 2 - 0.12 * r.nextDouble() * g.ie;
        double half = (1.25 + 0.2 * r.nextDouble()) * g.ie;
        Mat mask = HeadProps.blank(m);
        Imgproc.ellipse(mask, new Point(g.cx, top + 0.15 * g.ie), g.axes(half, 0.15 * g.ie), 0, 180, 360, new Scalar(255),
            -1);
        Imgproc.rectangle(mask, new Point(g.cx - half, top + 0.15 * g.ie), new Point(g.cx + half, m.rows()),
            new Scalar(255), -1);
        Mat out = Fabric.lay(m, mask, cloth, 0.4 * g.ie, r);
        Scalar fold = scaled(cloth.colour(), 0.75);
        for (int i = 1; i <= 1 + r.nextInt(2); i++) {
            double y = top + i * (0.3 + 0.1 * r.nextDouble()) * g.ie;
            Imgproc.ellipse(out, new Point(g.cx, y - 0.3 * g.ie), g.axes(0.9 * half, 0.3 * g.ie), 0, 30, 150, fold,
                Math.max(1, (int) (g.ie / 35)));
        }
        return out;
    }

    /**
     * A hand over the mouth and chin in a skin colour near the face's own: a palm over the chin and
     * four fingers across the mouth, each rounded by its own shading so creases show between them.
     */
    static Mat hand(Mat m, Geometry g, Random r) {
        double k = 0.94 + 0.12 * r.nextDouble();
        Cloth skin = Cloth.plain(new Scalar(g.skin.val[0] * k, g.skin.val[1] * k, g.skin.val[2] * (0.97 + 0.08
            * r.nextDouble())));
        double angle = (r.nextDouble() - 0.5) * 40;
        double cx = g.cx + (r.nextDouble() - 0.5) * 0.3 * g.ie;
        double palmY = g.chinY - (0.1 + 0.15 * r.nextDouble()) * g.ie;
        Mat palm = HeadProps.blank(m);
        Imgproc.ellipse(palm, new Point(cx, palmY), g.axes(0.8 * g.ie, 0.45 * g.ie), angle, 0, 360, new Scalar(255), -1);
        Mat out = Fabric.lay(m, palm, skin, 0.3 * g.ie, r);
        double finger = (0.16 + 0.03 * r.nextDouble()) * g.ie;
        // fingers from the palm's upper edge up across the mouth, lying across the face
        for (int i = 0; i < 4; i++) {
            double length = (0.85 - 0.08 * Math.abs(i - 1.5)) * g.ie;
            Point c = new Point(cx + (i - 1.5) * 0.05 * g.ie, palmY - 0.3 * g.ie - i * finger * 0.95);
            Mat f = HeadProps.blank(m);
            Imgproc.ellipse(f, c, g.axes(length, finger / 2), angle, 0, 360, new Scalar(255), -1);
            out = Fabric.lay(out, f, skin, finger / 2, r);
        }
        return out;
    }

    static Scalar scaled(Scalar c, double k) {
        return new Scalar(c.val[0] * k, c.val[1] * k, c.val[2] * k);
    }

    static void fill(Mat mask, Point... corners) {
        MatOfPoint poly = new MatOfPoint(corners);
        Imgproc.fillPoly(mask, List.of(poly), new Scalar(255));
        poly.release();
    }
}
