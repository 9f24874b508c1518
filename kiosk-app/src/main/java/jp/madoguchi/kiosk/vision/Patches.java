package jp.madoguchi.kiosk.vision;

import java.util.Arrays;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Rect;

/** Mean YCrCb colour of small square patches at face-mesh landmarks, inside a converted head region. */
final class Patches {
    /** Weight of a difference in light against one in colour: shading moves light, not colour. */
    static final double LIGHT_WEIGHT = 0.25;
    private final MatScope s;
    private final Mat ycc;
    private final Rect region;
    private final double radius;

    Patches(MatScope s, Mat ycc, Rect region, double radius) {
        this.s = s;
        this.ycc = ycc;
        this.region = region;
        this.radius = Math.max(1, radius);
    }

    double[] at(double x, double y) {
        Mat patch = s.sub(ycc, MatScope.around(x - region.x, y - region.y, 2 * radius, 2 * radius));
        double[] v = Core.mean(patch).val;
        return new double[] {v[0], v[1], v[2]};
    }

    /** Per-channel median of the patches at these landmarks. */
    double[] median(FaceLandmarks m, int[] ids) {
        double[][] c = new double[3][ids.length];
        for (int i = 0; i < ids.length; i++) {
            double[] v = at(m.x(ids[i]), m.y(ids[i]));
            for (int k = 0; k < 3; k++) {
                c[k][i] = v[k];
            }
        }
        return new double[] {median(c[0]), median(c[1]), median(c[2])};
    }

    /**
     * Mean distance from a reference colour of the {@code n} patches (at these landmarks) farthest
     * from it; with {@code notBeard}, a patch in a beard's colour counts as no distance.
     */
    double meanOfFarthest(FaceLandmarks m, int[] ids, double[] ref, int n, boolean notBeard) {
        double[] d = new double[ids.length];
        for (int i = 0; i < ids.length; i++) {
            double[] c = at(m.x(ids[i]), m.y(ids[i]));
            d[i] = notBeard && beardColour(c) ? 0 : distance(c, ref);
        }
        Arrays.sort(d);
        double sum = 0;
        for (int i = d.length - n; i < d.length; i++) {
            sum += d[i];
        }
        return sum / n;
    }

    static double distance(double[] a, double[] b) {
        return Math.sqrt(Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2)
            + Math.pow(LIGHT_WEIGHT * (a[0] - b[0]), 2));
    }

    /**
     * A beard's or stubble's colour, for a mean YCrCb colour: dark, or brown-to-blond and not light.
     * Light greys and whites (a white or grey mask or scarf) are not; nor is any vivid colour.
     */
    static boolean beardColour(double[] ycc) {
        double y = ycc[0];
        double cr = ycc[1] - 128;
        double cb = ycc[2] - 128;
        double r = clamp(y + 1.403 * cr);
        double g = clamp(y - 0.714 * cr - 0.344 * cb);
        double b = clamp(y + 1.773 * cb);
        double max = Math.max(r, Math.max(g, b));
        double min = Math.min(r, Math.min(g, b));
        double sat = max == 0 ? 0 : 255 * (max - min) / max;
        double hue;
        if (max == min) {
            hue = 0;
        } else if (max == r) {
            hue = 30 * (((g - b) / (max - min) + 6) % 6);
        } else if (max == g) {
            hue = 30 * ((b - r) / (max - min) + 2);
        } else {
            hue = 30 * ((r - g) / (max - min) + 4);
        }
        return max < 90 || (hue >= 4 && hue <= 28 && sat >= 40 && sat < 170 && max < 170);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(255, v));
    }

    static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
    }
}
