package jp.madoguchi.sim.scene;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.QuadCurve2D;
import java.awt.image.BufferedImage;
import jp.madoguchi.sim.scene.Cloth.Weave;

/** What sits on the resident's head: a baseball cap, a knitted hat, a headscarf. */
final class Headwear {
    static final Color CAP_RED = new Color(0xA8, 0x22, 0x2C);
    static final Color KNIT_TEAL = new Color(0x1F, 0x74, 0x7C);
    static final Color SCARF_PLUM = new Color(0x7A, 0x34, 0x5C);

    private Headwear() {
    }

    /**
     * A dome over the head from the crown down to {@code front} at the forehead's middle, its edge
     * dropping {@code drop} towards the temples, {@code half} wide on each side.
     */
    static Path2D dome(HeadLayout h, double top, double front, double half, double drop) {
        double cx = h.cx();
        Path2D p = new Path2D.Double();
        p.moveTo(cx - half, front + drop);
        p.curveTo(cx - half * 1.04, front - 0.55 * (front - top), cx - 0.62 * half, top, cx, top);
        p.curveTo(cx + 0.62 * half, top, cx + half * 1.04, front - 0.55 * (front - top), cx + half, front + drop);
        p.quadTo(cx, front - 0.25 * drop, cx - half, front + drop);
        p.closePath();
        return p;
    }

    /**
     * A six-panel cap worn straight: its crown over the hair down to the forehead, seams from the
     * button on top, the visor's curved underside in front (darker, its edge catching light), and
     * the visor's shadow on the forehead, stopping above the eyes (the booth's light is in front).
     */
    static void cap(BufferedImage img, AffineTransform level, HeadLayout h) {
        double ie = h.ie();
        double cx = h.cx();
        double front = h.eyeY() - 0.72 * ie;
        double top = h.crownY() - 0.12 * ie;
        double half = 1.3 * ie;
        Cloth.lay(img, level, dome(h, top, front, half, 0.3 * ie), CAP_RED, Weave.WOVEN, 0.04 * ie, 0.4 * ie, 12);
        for (double k : new double[] {-0.78, -0.28, 0.28, 0.78}) {
            QuadCurve2D.Double seam = new QuadCurve2D.Double(cx, top + 0.05 * ie, cx + k * half * 0.9, top + 0.3 * (front - top),
                cx + k * half, front + 0.25 * Math.abs(k) * 0.3 * ie);
            Cloth.shadow(img, level, Cloth.stroke(seam, 0.03 * ie), 0.35, 1);
            Cloth.glow(img, level, Cloth.stroke(new QuadCurve2D.Double(seam.x1 + 0.03 * ie, seam.y1, seam.ctrlx + 0.03 * ie,
                seam.ctrly, seam.x2 + 0.03 * ie, seam.y2), 0.02 * ie), 25, 1);
        }
        Cloth.lay(img, level, new Ellipse2D.Double(cx - 0.07 * ie, top - 0.02 * ie, 0.14 * ie, 0.08 * ie),
            Cloth.shade(CAP_RED, 0.85), Weave.FLAT, 1, 2, 13);
        // the visor: seen from the front, its underside hangs as a curved band under the crown's edge
        Path2D visor = new Path2D.Double();
        visor.moveTo(cx - 1.18 * ie, front + 0.2 * ie);
        visor.quadTo(cx, front - 0.1 * ie, cx + 1.18 * ie, front + 0.2 * ie);
        visor.quadTo(cx + 1.22 * ie, front + 0.42 * ie, cx + 0.9 * ie, front + 0.48 * ie);
        visor.quadTo(cx, front + 0.68 * ie, cx - 0.9 * ie, front + 0.48 * ie);
        visor.quadTo(cx - 1.22 * ie, front + 0.42 * ie, cx - 1.18 * ie, front + 0.2 * ie);
        visor.closePath();
        Cloth.shadow(img, level, new Ellipse2D.Double(cx - 1.1 * ie, front + 0.2 * ie, 2.2 * ie, 0.6 * ie), 0.4, 0.12 * ie);
        Cloth.lay(img, level, visor, Cloth.shade(CAP_RED, 0.62), Weave.WOVEN, 0.04 * ie, 0.1 * ie, 11);
        Cloth.glow(img, level, Cloth.stroke(new QuadCurve2D.Double(cx - 0.88 * ie, front + 0.49 * ie, cx, front + 0.68 * ie,
            cx + 0.88 * ie, front + 0.49 * ie), 0.03 * ie), 35, 2);
        Graphics2D g = Cloth.pen(img, level);
        try {
            // the stitching along the visor's edge
            g.setColor(Cloth.shade(CAP_RED, 1.3));
            g.setStroke(new BasicStroke((float) Math.max(1, ie / 60), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1,
                new float[] {(float) (ie / 25), (float) (ie / 40)}, 0));
            g.draw(new QuadCurve2D.Double(cx - 0.85 * ie, front + 0.41 * ie, cx, front + 0.6 * ie, cx + 0.85 * ie, front + 0.41 * ie));
        } finally {
            g.dispose();
        }
    }

    /** A ribbed knitted hat pulled down to the brows: a soft dome and a turned-up cuff, its fold and shadow. */
    static void knitHat(BufferedImage img, AffineTransform level, HeadLayout h) {
        double ie = h.ie();
        double front = h.eyeY() - 0.55 * ie;
        double cuffTop = front - 0.4 * ie;
        double top = h.crownY() - 0.28 * ie;
        double half = 1.36 * ie;
        Cloth.shadow(img, level, Cloth.stroke(new QuadCurve2D.Double(h.cx() - half, front + 0.25 * ie, h.cx(), front - 0.05 * ie,
            h.cx() + half, front + 0.25 * ie), 0.12 * ie), 0.3, 0.05 * ie);
        Cloth.lay(img, level, dome(h, top, cuffTop + 0.1 * ie, half * 0.98, 0.25 * ie), KNIT_TEAL, Weave.RIBBED, 0.085 * ie,
            0.45 * ie, 21);
        // a few slack folds where the knit gathers on top
        for (double k : new double[] {-0.5, 0.1, 0.6}) {
            Cloth.shadow(img, level, Cloth.stroke(new QuadCurve2D.Double(h.cx() + k * ie - 0.3 * ie, top + 0.35 * ie,
                h.cx() + k * ie, top + 0.25 * ie, h.cx() + k * ie + 0.35 * ie, top + 0.45 * ie), 0.05 * ie), 0.18, 0.05 * ie);
        }
        Path2D cuff = new Path2D.Double();
        cuff.moveTo(h.cx() - half, cuffTop + 0.22 * ie);
        cuff.quadTo(h.cx(), cuffTop - 0.08 * ie, h.cx() + half, cuffTop + 0.22 * ie);
        cuff.lineTo(h.cx() + half * 1.01, front + 0.28 * ie);
        cuff.quadTo(h.cx(), front - 0.04 * ie, h.cx() - half * 1.01, front + 0.28 * ie);
        cuff.closePath();
        Cloth.shadow(img, level, Cloth.stroke(new QuadCurve2D.Double(h.cx() - half, cuffTop + 0.18 * ie, h.cx(), cuffTop - 0.14 * ie,
            h.cx() + half, cuffTop + 0.18 * ie), 0.06 * ie), 0.4, 0.04 * ie);
        Cloth.lay(img, level, cuff, Cloth.shade(KNIT_TEAL, 1.06), Weave.RIBBED, 0.07 * ie, 0.2 * ie, 22);
        Cloth.glow(img, level, Cloth.stroke(new QuadCurve2D.Double(h.cx() - half * 0.95, cuffTop + 0.2 * ie, h.cx(),
            cuffTop - 0.04 * ie, h.cx() + half * 0.95, cuffTop + 0.2 * ie), 0.03 * ie), 30, 2);
    }

    /**
     * A headscarf wrapped round the head and pinned under the chin, falling over the shoulders: it
     * hides the hair, the ears and the neck; the face from the brows' top to under the chin shows,
     * its outline whole. Soft folds run round the opening and down the drape; the cloth's edge
     * shades the face a little.
     */
    static void headscarf(BufferedImage img, AffineTransform level, HeadLayout h) {
        double ie = h.ie();
        double cx = h.cx();
        double top = h.crownY() - 0.12 * ie;
        double brow = h.eyeY() - 0.58 * ie;
        double chin = h.chinY() + 0.12 * ie;
        double openX = 0.98 * ie;
        Ellipse2D opening = new Ellipse2D.Double(cx - openX, brow, 2 * openX, chin - brow);
        Path2D scarf = new Path2D.Double();
        double side = 1.5 * ie;
        scarf.moveTo(cx - side, h.eyeY());
        scarf.curveTo(cx - side * 1.02, top + 0.2 * ie, cx - 0.7 * side, top, cx, top);
        scarf.curveTo(cx + 0.7 * side, top, cx + side * 1.02, top + 0.2 * ie, cx + side, h.eyeY());
        scarf.curveTo(cx + side * 0.98, chin - 0.3 * ie, cx + 1.3 * ie, chin + 0.2 * ie, cx + 2.2 * ie, chin + 0.9 * ie);
        scarf.lineTo(cx + 2.6 * ie, img.getHeight());
        scarf.lineTo(cx - 2.6 * ie, img.getHeight());
        scarf.lineTo(cx - 2.2 * ie, chin + 0.9 * ie);
        scarf.curveTo(cx - 1.3 * ie, chin + 0.2 * ie, cx - side * 0.98, chin - 0.3 * ie, cx - side, h.eyeY());
        scarf.closePath();
        java.awt.geom.Area cloth = new java.awt.geom.Area(scarf);
        cloth.subtract(new java.awt.geom.Area(opening));
        Cloth.shadow(img, level, Cloth.stroke(opening, 0.16 * ie), 0.3, 0.06 * ie);
        Cloth.lay(img, level, cloth, SCARF_PLUM, Weave.WOVEN, 0.05 * ie, 0.45 * ie, 31);
        // the scarf's folded edge round the face catches the light
        Cloth.glow(img, level, Cloth.stroke(new Ellipse2D.Double(cx - openX - 0.05 * ie, brow - 0.05 * ie, 2 * openX + 0.1 * ie,
            chin - brow + 0.1 * ie), 0.05 * ie), 22, 0.03 * ie);
        // folds: round the opening, and down from under the chin over the chest
        for (double out : new double[] {0.18, 0.42}) {
            Arc2D fold = new Arc2D.Double(cx - openX - out * ie, brow - out * ie * 0.7, 2 * (openX + out * ie),
                chin - brow + out * ie * 1.3, 150, 240, Arc2D.OPEN);
            Cloth.shadow(img, level, Cloth.stroke(fold, 0.06 * ie), 0.28, 0.05 * ie);
            Arc2D lit = new Arc2D.Double(fold.getX() - 0.06 * ie, fold.getY() - 0.06 * ie, fold.getWidth() + 0.12 * ie,
                fold.getHeight() + 0.12 * ie, 160, 220, Arc2D.OPEN);
            Cloth.glow(img, level, Cloth.stroke(lit, 0.05 * ie), 18, 0.05 * ie);
        }
        for (double k : new double[] {-1.3, -0.5, 0.3, 1.1}) {
            Cloth.shadow(img, level, Cloth.stroke(new QuadCurve2D.Double(cx + k * ie, chin + 0.3 * ie, cx + k * 1.3 * ie,
                chin + 0.9 * ie, cx + k * 1.6 * ie, chin + 1.8 * ie), 0.07 * ie), 0.25, 0.06 * ie);
        }
    }
}
