package jp.madoguchi.kiosk.vision.bench;

import java.util.List;
import java.util.Random;
import jp.madoguchi.kiosk.vision.bench.PhotoVariants.Geometry;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/** What {@link PhotoVariants} does to the whole picture: the lens out of focus, light from one side, too little light, a turn. */
final class Lighting {
    private Lighting() {
    }

    /** The lens out of focus: a Gaussian blur of 5-9 % of the eye distance. */
    static Mat softFocus(Mat m, Geometry g, Random r) {
        Imgproc.GaussianBlur(m, m, new Size(0, 0), (0.05 + 0.04 * r.nextDouble()) * g.ie);
        return m;
    }

    /**
     * A lamp on one side only: the head's other half falls into shadow from about the nose line
     * outwards, 55-85 % darker at its darkest, the backdrop hardly touched.
     */
    static Mat sideLight(Mat m, Geometry g, Random r) {
        double side = r.nextBoolean() ? 1 : -1;
        double strength = 0.55 + 0.3 * r.nextDouble();
        double start = (r.nextDouble() - 0.3) * 0.3 * g.ie;
        double reach = (0.5 + 0.5 * r.nextDouble()) * g.ie;
        Mat head = Mat.zeros(m.size(), CvType.CV_32F);
        // the head and shoulders, from the crown down: a lamp beside the head shades its far side, not a pillar of
        // the wall above it (which the crown finder would take for hair at the top edge)
        double half = (g.chinY - g.crownY) / 2 + 0.55 * g.ie;
        Imgproc.ellipse(head, new Point(g.cx, g.crownY + half), g.axes(1.5 * g.ie, half), 0, 0, 360, new Scalar(1), -1);
        Imgproc.GaussianBlur(head, head, new Size(0, 0), 0.25 * g.ie);
        float[] row = new float[m.cols()];
        for (int x = 0; x < m.cols(); x++) {
            double t = Math.max(0, Math.min(1, (side * (g.cx - x) - start) / reach));
            row[x] = (float) (strength * t * t * (3 - 2 * t));
        }
        Mat ramp = new Mat(m.size(), CvType.CV_32F);
        for (int y = 0; y < m.rows(); y++) {
            ramp.put(y, 0, row);
        }
        Core.multiply(ramp, head, ramp);
        ramp.convertTo(ramp, -1, -1, 1);
        return multiply(m, ramp, head);
    }

    /** Too little light: the exposure at 22-38 %, and the sensor's noise that comes with it. */
    static Mat lowLight(Mat m, Geometry g, Random r) {
        Mat f = new Mat();
        m.convertTo(f, CvType.CV_32FC3, 0.22 + 0.16 * r.nextDouble());
        Mat noise = new Mat(m.size(), CvType.CV_32FC3);
        Core.setRNGSeed(r.nextInt());
        Core.randn(noise, 0, 1.5 + 2 * r.nextDouble());
        Core.add(f, noise, f);
        f.convertTo(m, m.type());
        f.release();
        noise.release();
        return m;
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

    private static Mat multiply(Mat m, Mat factor, Mat also) {
        Mat f = new Mat();
        m.convertTo(f, CvType.CV_32FC3);
        Mat f3 = new Mat();
        Core.merge(List.of(factor, factor, factor), f3);
        Core.multiply(f, f3, f);
        f.convertTo(m, m.type());
        for (Mat x : List.of(f, f3, factor, also)) {
            x.release();
        }
        return m;
    }
}
