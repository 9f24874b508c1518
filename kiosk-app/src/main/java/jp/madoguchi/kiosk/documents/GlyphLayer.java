package jp.madoguchi.kiosk.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * A page's shaped text, drawn glyph by glyph at HarfBuzz's positions from a content stream of
 * its own: PDFBox's content stream writes characters, not glyph IDs, and is final. The layer is
 * appended after the page's main stream when the page is closed.
 */
final class GlyphLayer {
    private final StringBuilder operators = new StringBuilder();

    /**
     * Draws {@code shaped} with its origin at (x, y) points in the font resource {@code font};
     * {@code text} is the run's characters, given to readers as ActualText because the glyphs are
     * in visual order and conjuncts have no character of their own.
     *
     * @return the glyph IDs drawn, for the font's subset
     */
    Set<Integer> draw(Shaper.Shaped shaped, String text, COSName font, float x, float y, float size, boolean grey) {
        Set<Integer> ids = new HashSet<>();
        operators.append("/Span <</ActualText <FEFF");
        for (char c : text.toCharArray()) {
            hex(c);
        }
        operators.append(">>> BDC\n").append(grey ? "0.275 g\n" : "0 g\n")
            .append("BT /").append(font.getName()).append(' ').append(number(size)).append(" Tf\n");
        for (Shaper.Glyph glyph : shaped.glyphs()) {
            ids.add(glyph.id());
            operators.append("1 0 0 1 ").append(number(x + glyph.x() / 1000f * size)).append(' ')
                .append(number(y + glyph.y() / 1000f * size)).append(" Tm <");
            hex(glyph.id());
            operators.append("> Tj\n");
        }
        operators.append("ET\nEMC\n");
        return ids;
    }

    /** Appends the layer to {@code page}'s contents, if anything was drawn, and starts empty again. */
    void closeInto(PDDocument document, PDPage page) throws IOException {
        if (operators.length() == 0) {
            return;
        }
        PDStream layer = new PDStream(document);
        try (OutputStream out = layer.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(("q\n" + operators + "Q\n").getBytes(StandardCharsets.US_ASCII));
        }
        List<PDStream> streams = new ArrayList<>();
        page.getContentStreams().forEachRemaining(streams::add);
        streams.add(layer);
        page.setContents(streams);
        operators.setLength(0);
    }

    private void hex(int value) {
        String digits = Integer.toHexString(value).toUpperCase(Locale.ROOT);
        operators.append("0000", digits.length(), 4).append(digits);
    }

    private static String number(float value) {
        return String.valueOf(Math.round(value * 100) / 100f);
    }
}
