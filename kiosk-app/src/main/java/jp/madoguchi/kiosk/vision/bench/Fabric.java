package jp.madoguchi.kiosk.vision.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Cloth, skin and lenses laid over a photo for {@link PhotoVariants}: a colour drawn from one of four
 * tones (vivid, neutral, a hair colour, a skin colour near the resident's own), a weave (flat, woven,
 * knitted ribs, stripes of a second colour), shading that darkens towards the edges as on a rounded
 * thing, a light gradient across it, grain, and edges softened over a few pixels.
 */
final class Fabric {
    enum Tone { VIVID, NEUTRAL, HAIR, SKIN }

    enum Weave { FLAT, WOVEN, RIBBED, STRIPED }

    /** What to lay: its tone and colour, a second colour (stripes), its weave and the weave's period in pixels. */
    record Cloth(Tone tone, Scalar colour, Scalar second, Weave weave, double period) {
        static Cloth plain(Scalar colour) {
            return new Cloth(Tone.NEUTRAL, colour, colour, Weave.FLAT, 1);
        }
    }

    /** Hair colours, BGR: black, dark brown, brown, auburn, dark blond, blond, grey. */
    static final double[][] HAIR = {{25, 25, 28}, {30, 38, 52}, {42, 58, 85}, {55, 82, 118}, {45, 68, 135},
        {85, 125, 165}, {125, 170, 210}, {140, 140, 145}};
    /** Neutral cloth, BGR: white, light grey, grey, charcoal, black, navy, beige, surgical blue. */
    static final double[][] NEUTRAL = {{242, 242, 240}, {200, 200, 198}, {130, 130, 130}, {60, 60, 62}, {28, 28, 30},
        {90, 42, 22}, {165, 195, 215}, {225, 195, 145}};
    /** Skin tones, BGR, light to dark. */
    static final double[][] SKIN = {{160, 185, 230}, {130, 165, 215}, {100, 140, 190}, {70, 100, 150}, {45, 65, 100}};

    private Fabric() {
    }

    static Tone tone(Random r, double vivid, double neutral, double hair) {
        double p = r.nextDouble();
        return p < vivid ? Tone.VIVID : p < vivid + neutral ? Tone.NEUTRAL : p < vivid + neutral + hair ? Tone.HAIR
            : Tone.SKIN;
    }

    /** A colour of the tone; a skin colour is the resident's own {@code skin} half the time, changed a little. */
    static Scalar colour(Tone tone, Scalar skin, Random r) {
        double[] c = switch (tone) {
            case VIVID -> vivid(r);
            case NEUTRAL -> NEUTRAL[r.nextInt(NEUTRAL.length)];
            case HAIR -> HAIR[r.nextInt(HAIR.length)];
            case SKIN -> r.nextBoolean() ? skin.val : SKIN[r.nextInt(SKIN.length)];
        };
        double k = 0.92 + 0.16 * r.nextDouble();
        return new Scalar(clamp(c[0] * k * (0.96 + 0.08 * r.nextDouble())), clamp(c[1] * k),
            clamp(c[2] * k * (0.96 + 0.08 * r.nextDouble())));
    }

    private static double[] vivid(Random r) {
        Mat hsv = new Mat(1, 1, CvType.CV_8UC3, new Scalar(r.nextInt(180), 120 + r.nextInt(110), 100 + r.nextInt(130)));
        Mat bgr = new Mat();
        Imgproc.cvtColor(hsv, bgr, Imgproc.COLOR_HSV2BGR);
        double[] out = bgr.get(0, 0);
        hsv.release();
        bgr.release();
        return out;
    }

    /** A cloth of the tone with a weave drawn from {@code weaves}, its period scaled to the eye distance. */
    static Cloth cloth(Tone tone, Scalar skin, Random r, double ie, Weave... weaves) {
        Weave w = weaves[r.nextInt(weaves.length)];
        double period = switch (w) {
            case RIBBED -> ie * (0.07 + 0.06 * r.nextDouble());
            case WOVEN -> ie * (0.03 + 0.02 * r.nextDouble());
            case STRIPED -> ie * (0.15 + 0.2 * r.nextDouble());
            case FLAT -> 1;
        };
        return new Cloth(tone, colour(tone, skin, r), colour(Tone.VIVID, skin, r), w, period);
    }

    /**
     * Lays {@code cloth} over the masked part of {@code m} (the mask is released): rounded by
     * {@code roundness} pixels of shading in from the edge, and {@code m} is returned.
     */
    static Mat lay(Mat m, Mat mask, Cloth cloth, double roundness, Random r) {
        List<Mat> temp = new ArrayList<>();
        Mat dist = keep(temp, new Mat());
        Imgproc.distanceTransform(mask, dist, Imgproc.DIST_L2, 3);
        Mat shade = keep(temp, new Mat());
        // 0.72 at the edge rising to 1 at `roundness` inside: a rounded thing catches less light at its sides
        Core.multiply(dist, new Scalar(0.28 / Math.max(1, roundness)), shade);
        Imgproc.threshold(shade, shade, 0.28, 0.28, Imgproc.THRESH_TRUNC);
        Core.add(shade, new Scalar(0.72), shade);
        Mat pattern = keep(temp, new Mat(m.size(), CvType.CV_32F));
        double tilt = 0.2 * (r.nextDouble() - 0.5);
        double angle = (r.nextDouble() - 0.5) * 0.6;
        float[] row = new float[m.cols()];
        for (int y = 0; y < m.rows(); y++) {
            for (int x = 0; x < m.cols(); x++) {
                double u = x * Math.cos(angle) + y * Math.sin(angle);
                double v = -x * Math.sin(angle) + y * Math.cos(angle);
                double t = switch (cloth.weave()) {
                    case RIBBED -> 0.84 + 0.16 * (0.5 + 0.5 * Math.sin(2 * Math.PI * u / cloth.period()));
                    case WOVEN -> 0.93 + 0.07 * Math.sin(2 * Math.PI * u / cloth.period()) * Math.sin(2 * Math.PI * v
                        / cloth.period());
                    case STRIPED, FLAT -> 1;
                };
                row[x] = (float) (t * (1 + tilt * (x / (double) m.cols() - 0.5) * 2));
            }
            pattern.put(y, 0, row);
        }
        Core.multiply(shade, pattern, shade);
        Mat layer = keep(temp, new Mat(m.size(), CvType.CV_32FC3, cloth.colour()));
        if (cloth.weave() == Weave.STRIPED) {
            Mat band = keep(temp, Mat.zeros(m.size(), CvType.CV_8U));
            for (double y = -m.cols(); y < m.rows() + m.cols(); y += 2 * cloth.period()) {
                Imgproc.line(band, new org.opencv.core.Point(0, y), new org.opencv.core.Point(m.cols(), y + m.cols()
                    * Math.tan(angle)), new Scalar(255), (int) Math.max(1, cloth.period() * 0.6));
            }
            layer.setTo(cloth.second(), band);
        }
        Mat shade3 = keep(temp, new Mat());
        Core.merge(List.of(shade, shade, shade), shade3);
        Core.multiply(layer, shade3, layer);
        Mat noise = keep(temp, new Mat(m.size(), CvType.CV_32FC3));
        Core.setRNGSeed(r.nextInt());
        Core.randn(noise, 0, 5);
        Core.add(layer, noise, layer);
        blend(m, layer, mask, temp);
        temp.forEach(Mat::release);
        mask.release();
        return m;
    }

    /** m = m * (1 - alpha) + layer * alpha, alpha the mask softened over a few pixels. */
    static void blend(Mat m, Mat layer, Mat mask, List<Mat> temp) {
        Mat alpha = keep(temp, new Mat());
        mask.convertTo(alpha, CvType.CV_32F, 1 / 255.0);
        Imgproc.GaussianBlur(alpha, alpha, new Size(5, 5), 0);
        Mat alpha3 = keep(temp, new Mat());
        Core.merge(List.of(alpha, alpha, alpha), alpha3);
        Mat base = keep(temp, new Mat());
        m.convertTo(base, CvType.CV_32FC3);
        Mat inverse = keep(temp, new Mat(alpha3.size(), alpha3.type(), new Scalar(1, 1, 1)));
        Core.subtract(inverse, alpha3, inverse);
        Core.multiply(base, inverse, base);
        Mat top = keep(temp, new Mat());
        Core.multiply(layer, alpha3, top);
        Core.add(base, top, base);
        base.convertTo(m, m.type());
    }

    static Mat keep(List<Mat> temp, Mat m) {
        temp.add(m);
        return m;
    }

    static double clamp(double v) {
        return Math.max(0, Math.min(255, v));
    }
}
