package jp.madoguchi.sim.scene;

import java.awt.image.BufferedImage;

/**
 * The resident cut out of one source frame, with where their head is: the crown (first row of
 * the outline), the head's centre line and a pivot between the eyes for tilting.
 */
record Person(BufferedImage image, double headX, double crownY, double pivotY, double headWidth) {
    /** A row belongs to the head once this many pixels of it are opaque. */
    private static final int MIN_ROW = 12;

    /** Rows added below the source frame so the torso reaches the bottom of any camera frame. */
    private static final int TORSO_EXTENSION = 480;

    static Person of(BufferedImage cutOut) {
        BufferedImage keyed = withTorso(cutOut);
        int w = keyed.getWidth();
        int h = keyed.getHeight();
        int crown = -1;
        double sumX = 0;
        long count = 0;
        int widest = 0;
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            keyed.getRGB(0, y, w, 1, row, 0, w);
            int opaque = 0;
            int left = w;
            int right = -1;
            for (int x = 0; x < w; x++) {
                if (row[x] >>> 24 > 128) {
                    opaque++;
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    if (crown >= 0 && y < crown + w / 5) {
                        sumX += x;
                        count++;
                    }
                }
            }
            if (crown < 0 && opaque >= MIN_ROW) {
                crown = y;
            }
            if (crown >= 0 && y < crown + w / 5) {
                widest = Math.max(widest, right - left + 1);
            }
        }
        if (crown < 0) {
            throw new IllegalArgumentException("no person in the source frame");
        }
        double headX = count == 0 ? w / 2.0 : sumX / count;
        return new Person(keyed, headX, crown, crown + 0.55 * widest, widest);
    }

    /** The source frame ends at the chest: its last row is repeated downwards, as the body continues. */
    private static BufferedImage withTorso(BufferedImage cutOut) {
        int w = cutOut.getWidth();
        int h = cutOut.getHeight();
        BufferedImage out = new BufferedImage(w, h + TORSO_EXTENSION, BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = out.createGraphics();
        g.drawImage(cutOut, 0, 0, null);
        g.drawImage(cutOut.getSubimage(0, h - 2, w, 2), 0, h, w, TORSO_EXTENSION, null);
        g.dispose();
        return out;
    }
}
