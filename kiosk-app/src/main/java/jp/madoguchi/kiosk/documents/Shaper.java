package jp.madoguchi.kiosk.documents;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Complex-script shaping for Myanmar, Devanagari and Thai with the JDK's own text layout (which
 * shapes with HarfBuzz): glyph choice, reordering (Burmese ေ and ြ before their consonant, the
 * Devanagari i-matra) and mark positions. PDFBox alone draws one glyph per character in logical
 * order, which leaves Burmese unreadable; its GSUB support covers Devanagari but not reordering
 * in Myanmar, nor mark positioning anywhere. The glyph IDs are those of the same TrueType file
 * PDFBox embeds, so the PDF draws exactly the glyphs HarfBuzz chose.
 */
final class Shaper {
    /** Shaping at 1000 units per em, PDF's glyph space, with fractional metrics. */
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final float UNITS = 1000f;

    /** One positioned glyph, in thousandths of the font size from the run's origin (y up). */
    record Glyph(int id, float x, float y) {
    }

    /** The shaped run: its glyphs and its advance, in thousandths of the font size. */
    record Shaped(List<Glyph> glyphs, float advance) {
    }

    private final Font font;

    private Shaper(Font font) {
        this.font = font;
    }

    static Shaper of(Path file) throws IOException {
        try {
            return new Shaper(Font.createFont(Font.TRUETYPE_FONT, file.toFile()).deriveFont(UNITS));
        } catch (java.awt.FontFormatException e) {
            throw new IOException("not a TrueType font: " + file, e);
        }
    }

    Shaped shape(String text) {
        char[] chars = text.toCharArray();
        GlyphVector vector = font.layoutGlyphVector(CONTEXT, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
        List<Glyph> glyphs = new ArrayList<>(vector.getNumGlyphs());
        for (int i = 0; i < vector.getNumGlyphs(); i++) {
            int id = vector.getGlyphCode(i);
            // The JDK marks zero-width joiners and other invisible characters with 0xFFFE/0xFFFF.
            if (id >= 0xFFFE) {
                continue;
            }
            Point2D at = vector.getGlyphPosition(i);
            glyphs.add(new Glyph(id, (float) at.getX(), (float) -at.getY()));
        }
        return new Shaped(glyphs, (float) vector.getGlyphPosition(vector.getNumGlyphs()).getX());
    }
}
