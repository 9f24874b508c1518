package jp.madoguchi.sim.scene;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import jp.madoguchi.sim.scene.Cloth.Weave;

/** What covers the resident's face or eyes: a pleated surgical mask, sunglasses. */
final class FaceWear {
    static final Color SURGICAL_BLUE = new Color(0xA9, 0xC8, 0xDE);
    static final Color LENS_TOP = new Color(0x14, 0x17, 0x18);
    static final Color LENS_BOTTOM = new Color(0x3A, 0x40, 0x3E);
    static final Color FRAME = new Color(0x1A, 0x1A, 0x1C);

    private FaceWear() {
    }

    /**
     * A pleated surgical mask from the bridge of the nose to under the chin, cheek to cheek: three
     * pleats across (a fold's shadow under a lit edge), a bound hem, the nose wire's ridge, and an
     * elastic loop from each corner to the ear.
     */
    static void mask(BufferedImage img, AffineTransform level, HeadLayout h) {
        double ie = h.ie();
        double top = h.eyeY() + 0.3 * ie;
        double side = h.eyeY() + 0.5 * ie;
        double bottom = h.chinY() + 0.12 * ie;
        double half = 1.12 * ie;
        Path2D shape = new Path2D.Double();
        shape.moveTo(h.cx() - half, side);
        shape.quadTo(h.cx() - 0.4 * ie, top - 0.05 * ie, h.cx(), top);
        shape.quadTo(h.cx() + 0.4 * ie, top - 0.05 * ie, h.cx() + half, side);
        shape.quadTo(h.cx() + half * 1.0, h.mouthY() + 0.3 * ie, h.cx() + 0.78 * half, h.mouthY() + 0.62 * ie);
        shape.quadTo(h.cx(), bottom + 0.4 * ie, h.cx() - 0.78 * half, h.mouthY() + 0.62 * ie);
        shape.quadTo(h.cx() - half * 1.0, h.mouthY() + 0.3 * ie, h.cx() - half, side);
        shape.closePath();
        Cloth.shadow(img, level, shape, 0.3, 0.08 * ie);
        Cloth.lay(img, level, shape, SURGICAL_BLUE, Weave.WOVEN, 0.03 * ie, 0.55 * ie, 41);
        // it stands off the face over the nose and the chin, and falls back towards the cheeks
        Cloth.glow(img, level, new Ellipse2D.Double(h.cx() - 0.35 * ie, top, 0.7 * ie, h.mouthY() - top + 0.6 * ie), 14, 0.25 * ie);
        for (int s : new int[] {-1, 1}) {
            Cloth.shadow(img, level, new Ellipse2D.Double(h.cx() + s * 0.95 * ie - 0.35 * ie, side, 0.7 * ie, bottom - side), 0.18, 0.2 * ie);
        }
        for (int i = 0; i < 3; i++) {
            double y = side + (h.mouthY() + 0.3 * ie - side) * (0.12 + 0.34 * i);
            Path2D fold = new Path2D.Double();
            fold.moveTo(h.cx() - half, y + 0.08 * ie);
            fold.quadTo(h.cx(), y - 0.1 * ie, h.cx() + half, y + 0.08 * ie);
            java.awt.geom.Area under = new java.awt.geom.Area(Cloth.stroke(fold, 0.05 * ie));
            under.transform(AffineTransform.getTranslateInstance(0, 0.04 * ie));
            under.intersect(new java.awt.geom.Area(shape));
            Cloth.shadow(img, level, under, 0.3, 0.02 * ie);
            java.awt.geom.Area edge = new java.awt.geom.Area(Cloth.stroke(fold, 0.025 * ie));
            edge.intersect(new java.awt.geom.Area(shape));
            Cloth.glow(img, level, edge, 28, 1);
        }
        Graphics2D g = Cloth.pen(img, level);
        try {
            g.clip(shape);
            float thin = (float) Math.max(1, ie / 50);
            // the nose wire's ridge and the hem along the top and bottom edges
            g.setColor(new Color(255, 255, 255, 70));
            g.setStroke(new BasicStroke(thin * 3));
            g.draw(new QuadCurve2D.Double(h.cx() - 0.45 * ie, top + 0.1 * ie, h.cx(), top + 0.02 * ie, h.cx() + 0.45 * ie, top + 0.1 * ie));
            g.setColor(Cloth.shade(SURGICAL_BLUE, 0.78));
            g.setStroke(new BasicStroke(thin));
            g.draw(new QuadCurve2D.Double(h.cx() - half, side + 0.1 * ie, h.cx(), top - 0.02 * ie + 0.12 * ie, h.cx() + half, side + 0.1 * ie));
            g.draw(new QuadCurve2D.Double(h.cx() - 0.78 * half, h.mouthY() + 0.55 * ie, h.cx(), bottom + 0.3 * ie,
                h.cx() + 0.78 * half, h.mouthY() + 0.55 * ie));
            g.setClip(null);
            // elastic loops from the corners back to the ears
            g.setColor(new Color(0xEE, 0xEE, 0xEA));
            g.setStroke(new BasicStroke((float) Math.max(1.5, ie / 40), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (int s : new int[] {-1, 1}) {
                double ear = h.cx() + s * 1.2 * ie;
                g.draw(new QuadCurve2D.Double(h.cx() + s * half, side + 0.02 * ie, ear, side - 0.1 * ie, ear + s * 0.02 * ie, h.eyeY() + 0.2 * ie));
                g.draw(new QuadCurve2D.Double(h.cx() + s * 0.8 * half, h.mouthY() + 0.58 * ie, ear, h.mouthY() + 0.2 * ie,
                    ear + s * 0.03 * ie, h.eyeY() + 0.8 * ie));
            }
        } finally {
            g.dispose();
        }
    }

    /**
     * Dark sunglasses: two rounded lenses over the eyes, darker at the top, each with a soft streak
     * of reflected light; a black plastic frame with its bridge over the nose and its arms back to
     * the ears; a faint shadow under the frame on the cheeks.
     */
    static void sunglasses(BufferedImage img, AffineTransform level, HeadLayout h) {
        double ie = h.ie();
        double w = 0.86 * ie;
        double lh = 0.56 * ie;
        double y = h.eyeY() - 0.24 * ie;
        Shape[] lenses = new Shape[2];
        double[] xs = h.eyesX();
        for (int i = 0; i < 2; i++) {
            lenses[i] = new RoundRectangle2D.Double(xs[i] - w / 2, y, w, lh, 0.45 * ie, 0.5 * ie);
            Cloth.shadow(img, level, new RoundRectangle2D.Double(xs[i] - w / 2, y + 0.1 * ie, w, lh, 0.45 * ie, 0.5 * ie), 0.25, 0.06 * ie);
        }
        Graphics2D g = Cloth.pen(img, level);
        try {
            float rim = (float) Math.max(2, ie / 22);
            for (Shape lens : lenses) {
                g.setPaint(new GradientPaint(0, (float) y, withAlpha(LENS_TOP, 232), 0, (float) (y + lh), withAlpha(LENS_BOTTOM, 215)));
                g.fill(lens);
                Shape clip = g.getClip();
                g.clip(lens);
                java.awt.geom.Rectangle2D b = lens.getBounds2D();
                g.setPaint(new GradientPaint((float) b.getX(), (float) b.getY(), new Color(255, 255, 255, 40),
                    (float) b.getCenterX(), (float) b.getCenterY(), new Color(255, 255, 255, 0)));
                g.fill(lens);
                g.setStroke(new BasicStroke((float) (0.05 * ie), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.setColor(new Color(255, 255, 255, 26));
                g.draw(new Line2D.Double(b.getX() + 0.25 * b.getWidth(), b.getMaxY(), b.getX() + 0.6 * b.getWidth(), b.getY()));
                g.setClip(clip);
                g.setColor(FRAME);
                g.setStroke(new BasicStroke(rim));
                g.draw(lens);
            }
            g.setStroke(new BasicStroke(rim * 1.3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new QuadCurve2D.Double(xs[0] + w / 2, y + 0.12 * ie, h.cx(), y + 0.02 * ie, xs[1] - w / 2, y + 0.12 * ie));
            g.setStroke(new BasicStroke(rim * 0.9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(xs[0] - w / 2, y + 0.08 * ie, h.cx() - 1.22 * ie, y + 0.12 * ie));
            g.draw(new Line2D.Double(xs[1] + w / 2, y + 0.08 * ie, h.cx() + 1.22 * ie, y + 0.12 * ie));
            // a glint on the frame's top edge
            g.setStroke(new BasicStroke(1f));
            g.setColor(new Color(255, 255, 255, 60));
            for (double x : xs) {
                g.draw(new QuadCurve2D.Double(x - 0.3 * ie, y + 0.02 * ie, x, y - 0.01 * ie, x + 0.3 * ie, y + 0.02 * ie));
            }
        } finally {
            g.dispose();
        }
    }

    private static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
