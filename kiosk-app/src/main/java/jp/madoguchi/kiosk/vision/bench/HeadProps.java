package jp.madoguchi.kiosk.vision.bench;

import java.util.Random;
import jp.madoguchi.kiosk.vision.bench.Fabric.Cloth;
import jp.madoguchi.kiosk.vision.bench.PhotoVariants.Geometry;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/** What {@link PhotoVariants} puts on a head: a cap, a knitted hat, a headscarf, a hood. */
final class HeadProps {
    private HeadProps() {
    }

    /** A cap: a dome over the hair, a brim at the forehead (turned a little), its shadow under the brim. */
    static Mat cap(Mat m, Geometry g, Cloth cloth, Random r) {
        double brim = g.eyeY - (0.55 + 0.25 * r.nextDouble()) * g.ie;
        double top = g.crownY - (0.3 + 0.3 * r.nextDouble()) * g.ie;
        shade(m, g, brim, 0.35 * g.ie, 0.8);
        Mat mask = blank(m);
        Imgproc.ellipse(mask, new Point(g.cx, brim), g.axes((1.3 + 0.2 * r.nextDouble()) * g.ie, brim - top), 0, 180,
            360, new Scalar(255), -1);
        Imgproc.ellipse(mask, new Point(g.cx + (r.nextDouble() - 0.5) * 0.5 * g.ie, brim),
            g.axes((1.35 + 0.3 * r.nextDouble()) * g.ie, (0.12 + 0.12 * r.nextDouble()) * g.ie), 0, 0, 360,
            new Scalar(255), -1);
        return Fabric.lay(m, mask, cloth, 0.5 * g.ie, r);
    }

    /** A knitted hat pulled down to the brows: a dome and a folded cuff. */
    static Mat knitHat(Mat m, Geometry g, Cloth cloth, Random r) {
        double brim = g.eyeY - (0.45 + 0.2 * r.nextDouble()) * g.ie;
        double top = g.crownY - (0.35 + 0.3 * r.nextDouble()) * g.ie;
        Mat mask = blank(m);
        double half = (1.3 + 0.15 * r.nextDouble()) * g.ie;
        Imgproc.ellipse(mask, new Point(g.cx, brim), g.axes(half, brim - top), 0, 180, 360, new Scalar(255), -1);
        Imgproc.rectangle(mask, new Point(g.cx - half * 0.97, brim - 0.35 * g.ie), new Point(g.cx + half * 0.97, brim),
            new Scalar(255), -1);
        Mat out = Fabric.lay(m, mask, cloth, 0.6 * g.ie, r);
        // the cuff's fold: a darker line across
        double fold = brim - (0.3 + 0.1 * r.nextDouble()) * g.ie;
        Scalar dark = new Scalar(cloth.colour().val[0] * 0.7, cloth.colour().val[1] * 0.7, cloth.colour().val[2] * 0.7);
        Imgproc.line(out, new Point(g.cx - half * 0.95, fold), new Point(g.cx + half * 0.95, fold), dark,
            Math.max(1, (int) (g.ie / 30)));
        return out;
    }

    /** A headscarf round the face and down over the neck; the face from brow to chin shows. */
    static Mat headscarf(Mat m, Geometry g, Cloth cloth, Random r) {
        double top = g.crownY - (0.15 + 0.25 * r.nextDouble()) * g.ie;
        double brow = g.eyeY - (0.4 + 0.25 * r.nextDouble()) * g.ie;
        Mat mask = blank(m);
        Imgproc.ellipse(mask, new Point(g.cx, (top + g.chinY) / 2), g.axes(1.75 * g.ie, (g.chinY - top) / 2 + 0.35 * g.ie),
            0, 0, 360, new Scalar(255), -1);
        Imgproc.rectangle(mask, new Point(g.cx - 1.9 * g.ie, g.chinY - 0.2 * g.ie), new Point(g.cx + 1.9 * g.ie, m.rows()),
            new Scalar(255), -1);
        double open = (0.88 + 0.1 * r.nextDouble()) * g.ie;
        Imgproc.ellipse(mask, new Point(g.cx, (brow + g.chinY) / 2 + 0.05 * g.ie), g.axes(open,
            (g.chinY - brow) / 2 + 0.05 * g.ie), 0, 0, 360, new Scalar(0), -1);
        return Fabric.lay(m, mask, cloth, 0.4 * g.ie, r);
    }

    /** A hood up: over the crown and the sides of the head down to the shoulders, open from brow to below the chin. */
    static Mat hood(Mat m, Geometry g, Cloth cloth, Random r) {
        double top = g.crownY - (0.35 + 0.3 * r.nextDouble()) * g.ie;
        double brow = g.eyeY - (0.5 + 0.3 * r.nextDouble()) * g.ie;
        Mat mask = blank(m);
        double half = (1.9 + 0.3 * r.nextDouble()) * g.ie;
        Imgproc.ellipse(mask, new Point(g.cx, g.eyeY), g.axes(half, g.eyeY - top), 0, 180, 360, new Scalar(255), -1);
        Imgproc.rectangle(mask, new Point(g.cx - half, g.eyeY), new Point(g.cx + half, m.rows()), new Scalar(255), -1);
        Imgproc.ellipse(mask, new Point(g.cx, (brow + g.chinY) / 2 + 0.25 * g.ie), g.axes((1.05 + 0.15 * r.nextDouble())
            * g.ie, (g.chinY - brow) / 2 + 0.3 * g.ie), 0, 0, 360, new Scalar(0), -1);
        // inside the hood's opening lies its shadow
        shade(m, g, brow, 0.3 * g.ie, 0.85);
        return Fabric.lay(m, mask, cloth, 0.7 * g.ie, r);
    }

    /** Darkens a band {@code depth} tall under the line {@code y} across the face to {@code k} of its light. */
    private static void shade(Mat m, Geometry g, double y, double depth, double k) {
        org.opencv.core.Rect band = PhotoVariants.clip(m, new org.opencv.core.Rect((int) (g.cx - 1.2 * g.ie), (int) y,
            (int) (2.4 * g.ie), (int) Math.max(1, depth)));
        Mat part = m.submat(band);
        part.convertTo(part, -1, k, 0);
        part.release();
    }

    static Mat blank(Mat m) {
        return Mat.zeros(m.size(), CvType.CV_8U);
    }
}
