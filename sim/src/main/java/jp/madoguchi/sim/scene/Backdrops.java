package jp.madoguchi.sim.scene;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Random;
import jp.madoguchi.sim.scene.SceneSetup.Backdrop;

/** What is behind the resident, painted into the frame. The busy one is seeded, so it is always the same. */
final class Backdrops {
    static final Color BOOTH_CURTAIN = new Color(0xE6, 0xE6, 0xE4);
    static final Color DARK_WALL = new Color(0x2E, 0x2E, 0x33);

    private Backdrops() {
    }

    static void paint(Graphics2D g, Backdrop backdrop, int width, int height) {
        switch (backdrop) {
            case PLAIN_LIGHT -> fill(g, BOOTH_CURTAIN, width, height);
            case DARK -> fill(g, DARK_WALL, width, height);
            case BUSY -> office(g, width, height);
        }
    }

    private static void fill(Graphics2D g, Color color, int width, int height) {
        g.setColor(color);
        g.fillRect(0, 0, width, height);
    }

    /** An office behind the resident: shelves of coloured folders and a poster with lines of text. */
    private static void office(Graphics2D g, int width, int height) {
        Random random = new Random(20261130L);
        fill(g, new Color(0xC9, 0xC2, 0xB4), width, height);
        int shelf = height / 4;
        for (int top = 0; top < height; top += shelf) {
            for (int x = 0; x < width; ) {
                int spine = 14 + random.nextInt(26);
                g.setColor(Color.getHSBColor(random.nextFloat(), 0.5f + random.nextFloat() * 0.4f, 0.35f + random.nextFloat() * 0.5f));
                g.fillRect(x, top + 12 + random.nextInt(20), spine - 2, shelf - 20);
                x += spine;
            }
            g.setColor(new Color(0x5A, 0x44, 0x2E));
            g.fillRect(0, top + shelf - 10, width, 10);
        }
        g.setColor(new Color(0xF4, 0xEE, 0xD0));
        g.fillRect(width / 16, height / 5, width / 5, height / 3);
        g.setColor(new Color(0x30, 0x30, 0x30));
        for (int line = 0; line < 8; line++) {
            g.fillRect(width / 16 + 14, height / 5 + 20 + line * 24, width / 5 - 28 - random.nextInt(60), 8);
        }
    }
}
