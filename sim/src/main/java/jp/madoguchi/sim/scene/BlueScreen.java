package jp.madoguchi.sim.scene;

import java.awt.image.BufferedImage;

/**
 * Lifts a person off the blue screen the source frames were filmed against: every pixel gets an
 * opacity from how much bluer than red and green it is, with a soft edge, and the blue that
 * spilled onto hair and shoulders is taken out so no blue fringe shows on a new backdrop.
 */
final class BlueScreen {
    /** Blue excess (0-255) at or below which a pixel is wholly the person. */
    private static final int PERSON = 28;
    /** Blue excess at or above which a pixel is wholly the screen. */
    private static final int SCREEN = 62;
    /** Columns at the frame's sides hold studio props (a chair's edge), not the person. */
    private static final double SIDE_MARGIN = 0.05;

    private BlueScreen() {
    }

    /** The person as an ARGB image: opaque where the person is, transparent where the screen was. */
    static BufferedImage key(BufferedImage frame) {
        int w = frame.getWidth();
        int h = frame.getHeight();
        int margin = (int) Math.round(w * SIDE_MARGIN);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            frame.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int rgb = row[x];
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                int excess = b - Math.max(r, g);
                int alpha = x < margin || x >= w - margin ? 0 : opacity(excess);
                int despilled = Math.min(b, Math.max(r, g) + 8);
                row[x] = alpha << 24 | r << 16 | g << 8 | despilled;
            }
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        return erodeEdge(out);
    }

    private static int opacity(int blueExcess) {
        if (blueExcess <= PERSON) {
            return 255;
        }
        if (blueExcess >= SCREEN) {
            return 0;
        }
        return 255 * (SCREEN - blueExcess) / (SCREEN - PERSON);
    }

    /** One pixel off the person's outline: edge pixels are a mix of person and screen. */
    private static BufferedImage erodeEdge(BufferedImage in) {
        int w = in.getWidth();
        int h = in.getHeight();
        int[] src = in.getRGB(0, 0, w, h, null, 0, w);
        int[] dst = src.clone();
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int i = y * w + x;
                int a = Math.min(Math.min(alpha(src[i - 1]), alpha(src[i + 1])), Math.min(alpha(src[i - w]), alpha(src[i + w])));
                dst[i] = Math.min(a, alpha(src[i])) << 24 | (src[i] & 0xffffff);
            }
        }
        in.setRGB(0, 0, w, h, dst, 0, w);
        return in;
    }

    private static int alpha(int argb) {
        return argb >>> 24;
    }
}
