package jp.madoguchi.sim.scene;

import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.util.Arrays;

/** The booth's light and the lens: exposure, a lamp from one side, focus. */
final class Light {
    private Light() {
    }

    static void expose(BufferedImage frame, double exposure) {
        if (exposure == 1.0) {
            return;
        }
        int w = frame.getWidth();
        int[] row = new int[w];
        for (int y = 0; y < frame.getHeight(); y++) {
            frame.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int p = row[x];
                row[x] = scale(p >> 16, exposure) << 16 | scale(p >> 8, exposure) << 8 | scale(p, exposure);
            }
            frame.setRGB(0, y, w, 1, row, 0, w);
        }
    }

    private static int scale(int channel, double factor) {
        return (int) Math.min(255, Math.round((channel & 0xff) * factor));
    }

    /**
     * The person lit by a lamp on their left only: the other half of the face falls into shadow,
     * from the nose line outwards, darkest a third of a head-width from it.
     */
    static BufferedImage shadeLeft(Person person, double strength) {
        BufferedImage src = person.image();
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_ARGB);
        int w = src.getWidth();
        double reach = person.headWidth() / 3;
        int[] row = new int[w];
        for (int y = 0; y < src.getHeight(); y++) {
            src.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                double t = Math.max(0, Math.min(1, (person.headX() - x) / reach));
                double dark = strength * t * t * (3 - 2 * t);
                int p = row[x];
                double f = 1 - dark;
                row[x] = (p & 0xff000000) | scale(p >> 16, f) << 16 | scale(p >> 8, f) << 8 | scale(p, f);
            }
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        return out;
    }

    /** A lens out of focus: a box blur of the given radius, twice (close to a Gaussian). */
    static void blur(BufferedImage frame, int radius) {
        if (radius <= 0) {
            return;
        }
        int size = 2 * radius + 1;
        float[] weights = new float[size];
        Arrays.fill(weights, 1f / size);
        ConvolveOp across = new ConvolveOp(new Kernel(size, 1, weights), ConvolveOp.EDGE_NO_OP, null);
        ConvolveOp down = new ConvolveOp(new Kernel(1, size, weights), ConvolveOp.EDGE_NO_OP, null);
        BufferedImage once = down.filter(across.filter(frame, null), null);
        BufferedImage twice = down.filter(across.filter(once, null), null);
        frame.getGraphics().drawImage(twice, 0, 0, null);
    }
}
