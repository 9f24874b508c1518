package jp.madoguchi.sim.scene;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Cloth, plastic and glass laid over the resident by the props: a colour rounded by shading that
 * darkens towards the edges (a rounded thing catches less light at its sides), lit a little more
 * from above, with its weave and the camera's grain, its edge softened over a pixel or two; and soft
 * shadows a prop casts on the face. Shapes are given upright ({@link HeadLayout}'s coordinates) and
 * drawn through the levelling transform.
 */
final class Cloth {
    enum Weave { FLAT, WOVEN, RIBBED }

    private Cloth() {
    }

    /**
     * Lays {@code colour} over {@code shape} on {@code target}: {@code roundness} pixels of shading
     * in from the edge, the weave's ribs or threads {@code period} pixels apart.
     */
    static void lay(BufferedImage target, AffineTransform level, Shape shape, Color colour, Weave weave, double period,
                    double roundness, long seed) {
        Rectangle box = bounds(target, level, shape, roundness);
        if (box.isEmpty()) {
            return;
        }
        float[] cover = coverage(box, level, shape);
        float[] soft = blur(cover, box.width, box.height, (int) Math.max(1, roundness));
        Point2D.Double upright = new Point2D.Double();
        AffineTransform back = inverse(level);
        Random grain = new Random(seed);
        BufferedImage layer = new BufferedImage(box.width, box.height, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < box.height; y++) {
            for (int x = 0; x < box.width; x++) {
                int i = y * box.width + x;
                if (cover[i] <= 0) {
                    continue;
                }
                back.transform(new Point2D.Double(box.x + x, box.y + y), upright);
                double rounded = 0.68 + 0.32 * Math.max(0, Math.min(1, (soft[i] - 0.5) * 2));
                double fromAbove = 1.06 - 0.12 * y / (double) box.height;
                double k = rounded * fromAbove * weave(weave, upright.x, upright.y, period);
                double noise = grain.nextGaussian() * 4;
                layer.setRGB(x, y, Math.round(cover[i] * 255) << 24
                    | channel(colour.getRed() * k + noise) << 16 | channel(colour.getGreen() * k + noise) << 8
                    | channel(colour.getBlue() * k + noise));
            }
        }
        Graphics2D g = target.createGraphics();
        g.drawImage(layer, box.x, box.y, null);
        g.dispose();
    }

    /** Darkens what is already drawn (the face, the hair, the cloth) under {@code shape} to {@code 1 - depth}, its edge blurred over {@code soft} pixels. */
    static void shadow(BufferedImage target, AffineTransform level, Shape shape, double depth, double soft) {
        light(target, level, shape, -depth, 0, soft);
    }

    /** Adds light reflected off a gloss (a lens, a brim's edge) under {@code shape}: up to {@code amount} (0-255) more. */
    static void glow(BufferedImage target, AffineTransform level, Shape shape, double amount, double soft) {
        light(target, level, shape, 0, amount, soft);
    }

    private static void light(BufferedImage target, AffineTransform level, Shape shape, double gain, double add, double soft) {
        Rectangle box = bounds(target, level, shape, soft);
        if (box.isEmpty()) {
            return;
        }
        float[] cover = blur(coverage(box, level, shape), box.width, box.height, (int) Math.max(1, soft));
        for (int y = 0; y < box.height; y++) {
            for (int x = 0; x < box.width; x++) {
                float c = cover[y * box.width + x];
                if (c <= 0) {
                    continue;
                }
                int p = target.getRGB(box.x + x, box.y + y);
                double k = 1 + gain * c;
                double a = add * c;
                target.setRGB(box.x + x, box.y + y, (p & 0xff000000) | channel(((p >> 16) & 0xff) * k + a) << 16
                    | channel(((p >> 8) & 0xff) * k + a) << 8 | channel((p & 0xff) * k + a));
            }
        }
    }

    /** The outline of a stroke {@code width} wide along {@code path}: for soft folds and seams drawn as light and shadow. */
    static Shape stroke(Shape path, double width) {
        return new java.awt.BasicStroke((float) width, java.awt.BasicStroke.CAP_ROUND, java.awt.BasicStroke.JOIN_ROUND)
            .createStrokedShape(path);
    }

    /** Draws on {@code target} through the levelling transform, smoothly (for seams, frames, loops, reflections). */
    static Graphics2D pen(BufferedImage target, AffineTransform level) {
        Graphics2D g = target.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.transform(level);
        return g;
    }

    static Color shade(Color c, double k) {
        return new Color(channel(c.getRed() * k), channel(c.getGreen() * k), channel(c.getBlue() * k));
    }

    private static double weave(Weave weave, double u, double v, double period) {
        return switch (weave) {
            case RIBBED -> 0.82 + 0.18 * (0.5 + 0.5 * Math.sin(2 * Math.PI * u / period));
            case WOVEN -> 0.94 + 0.06 * Math.sin(2 * Math.PI * u / period) * Math.sin(2 * Math.PI * v / period);
            case FLAT -> 1;
        };
    }

    private static Rectangle bounds(BufferedImage target, AffineTransform level, Shape shape, double margin) {
        Rectangle r = level.createTransformedShape(shape).getBounds();
        r.grow((int) Math.ceil(margin) + 2, (int) Math.ceil(margin) + 2);
        return r.intersection(new Rectangle(target.getWidth(), target.getHeight()));
    }

    /** How much of each pixel of {@code box} the shape covers (0 to 1, antialiased). */
    private static float[] coverage(Rectangle box, AffineTransform level, Shape shape) {
        BufferedImage mask = new BufferedImage(box.width, box.height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = mask.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.translate(-box.x, -box.y);
        g.transform(level);
        g.setColor(Color.WHITE);
        g.fill(shape);
        g.dispose();
        float[] out = new float[box.width * box.height];
        byte[] px = ((java.awt.image.DataBufferByte) mask.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < out.length; i++) {
            out[i] = (px[i] & 0xff) / 255f;
        }
        return out;
    }

    /** A box blur of the given radius, across then down, twice (close to a Gaussian). */
    static float[] blur(float[] in, int w, int h, int radius) {
        float[] a = in.clone();
        float[] b = new float[a.length];
        for (int pass = 0; pass < 2; pass++) {
            box(a, b, w, h, radius, 1, w);
            box(b, a, h, w, radius, w, 1);
        }
        return a;
    }

    /** One box blur along lines of {@code n} samples {@code step} apart, {@code lines} lines {@code stride} apart. */
    private static void box(float[] src, float[] dst, int n, int lines, int radius, int step, int stride) {
        for (int line = 0; line < lines; line++) {
            int base = line * stride;
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = -radius; j <= radius; j++) {
                    sum += src[base + Math.max(0, Math.min(n - 1, i + j)) * step];
                }
                dst[base + i * step] = (float) (sum / (2 * radius + 1));
            }
        }
    }

    private static AffineTransform inverse(AffineTransform t) {
        try {
            return t.createInverse();
        } catch (NoninvertibleTransformException e) {
            throw new IllegalArgumentException("a levelling transform is a rotation", e);
        }
    }

    static int channel(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
