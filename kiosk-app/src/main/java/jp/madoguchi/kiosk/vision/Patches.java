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

    /** Mean distance from a reference colour of the {@code n} patches (at these landmarks) farthest from it. */
    double meanOfFarthest(FaceLandmarks m, int[] ids, double[] ref, int n) {
        double[] d = new double[ids.length];
        for (int i = 0; i < ids.length; i++) {
            d[i] = distance(at(m.x(ids[i]), m.y(ids[i])), ref);
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

    static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
    }
}
