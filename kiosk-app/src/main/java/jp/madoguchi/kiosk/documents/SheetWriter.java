package jp.madoguchi.kiosk.documents;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.kiosk.text.LineBreaks;
import jp.madoguchi.kiosk.text.Ruby;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Draws A4 pages in millimetres from the top-left corner, the way a designer measures a sheet,
 * and keeps PDFBox's coordinate system (origin bottom left, points) out of the documents' code.
 * Text is split into runs per script font ({@link SheetFonts}) and wrapped where the language
 * allows a line break ({@link LineBreaks}: Japanese by phrase, Thai and Burmese by dictionary word),
 * with furigana above annotated kanji.
 */
final class SheetWriter implements AutoCloseable {
    static final float MM = 72f / 25.4f;
    static final float PAGE_WIDTH = 210f;
    static final float PAGE_HEIGHT = 297f;
    static final float MARGIN = 15f;
    /** Furigana size relative to the base text (JIS X 4051: half). */
    static final float READING_SCALE = 0.5f;

    private final PDDocument document = new PDDocument();
    private final SheetFonts fonts = new SheetFonts(document);
    private PDPageContentStream page;
    private PDPage current;
    private final GlyphLayer glyphs = new GlyphLayer();
    private boolean grey;
    private int pages;
    private boolean open = true;

    SheetWriter() throws IOException {
        newPage();
    }

    void newPage() throws IOException {
        if (page != null) {
            closePage();
        }
        current = new PDPage(PDRectangle.A4);
        document.addPage(current);
        page = new PDPageContentStream(document, current);
        pages++;
    }

    private void closePage() throws IOException {
        page.close();
        glyphs.closeInto(document, current);
    }

    int pages() {
        return pages;
    }

    PDDocument document() {
        return document;
    }

    /** Draws one line with its baseline {@code yMm} from the top; returns its width in mm. */
    float text(float xMm, float yMm, String text, float size, Language language) throws IOException {
        float x = xMm * MM;
        float y = (PAGE_HEIGHT - yMm) * MM;
        float start = x;
        for (SheetFonts.Run run : fonts.runs(text, language)) {
            if (run.shaper() != null) {
                x += shaped(run, x, y, size);
                continue;
            }
            page.beginText();
            page.setFont(run.font(), size);
            page.newLineAtOffset(x, y);
            page.showText(run.text());
            page.endText();
            x += run.font().getStringWidth(run.text()) / 1000f * size;
        }
        return (x - start) / MM;
    }

    /** Draws a shaped run on the page's glyph layer; returns its advance in points. */
    private float shaped(SheetFonts.Run run, float x, float y, float size) throws IOException {
        Shaper.Shaped shaped = run.shaper().shape(run.text());
        // Selecting the font on the main stream too registers it for subsetting and embedding.
        page.setFont(run.font(), size);
        COSName name = current.getResources().add(run.font());
        run.font().addGlyphsToSubset(glyphs.draw(shaped, run.text(), name, x, y, size, grey));
        return shaped.advance() / 1000f * size;
    }

    float width(String text, float size, Language language) throws IOException {
        float points = 0;
        for (SheetFonts.Run run : fonts.runs(text, language)) {
            points += run.shaper() != null ? run.shaper().shape(run.text()).advance() / 1000f * size
                : run.font().getStringWidth(run.text()) / 1000f * size;
        }
        return points / MM;
    }

    /**
     * Draws {@code text} wrapped to {@code widthMm}; returns the y (mm) below the last line. Text in
     * furigana notation ({@link Ruby}) gets its readings printed small above each annotated word,
     * and each line makes room for them; pass {@link Ruby#plain} text where none are wanted.
     */
    float paragraph(float xMm, float yMm, float widthMm, String text, float size, Language language)
        throws IOException {
        boolean readings = Ruby.hasRuby(text);
        float readingSize = size * READING_SCALE;
        float y = yMm;
        for (List<Ruby.Segment> line : lines(text, size, language, widthMm)) {
            y += (readings ? readingSize * 1.1f : 0) / MM + size * 1.25f / MM;
            float x = xMm;
            for (Ruby.Segment s : line) {
                float base = width(s.base(), size, language);
                if (!s.hasReading()) {
                    text(x, y, s.base(), size, language);
                    x += base;
                    continue;
                }
                float reading = width(s.reading(), readingSize, Language.EASY_JAPANESE);
                float box = Math.max(base, reading);
                text(x + (box - reading) / 2, y - size * 0.92f / MM, s.reading(), readingSize, Language.EASY_JAPANESE);
                text(x + (box - base) / 2, y, s.base(), size, language);
                x += box;
            }
        }
        return y + size * 0.45f / MM;
    }

    /** Lines that fit {@code widthMm} (as plain text), broken where the language allows. */
    List<String> wrap(String text, float size, Language language, float widthMm) throws IOException {
        return lines(text, size, language, widthMm).stream()
            .map(line -> line.stream().map(Ruby.Segment::base).reduce("", String::concat)).toList();
    }

    /**
     * The segments of each line: whole pieces ({@link LineBreaks}: Japanese by phrase, Thai and
     * Burmese by word) as long as they fit; a piece wider than a whole line breaks between
     * characters, an annotated word never. Spaces at a line's end are dropped.
     */
    private List<List<Ruby.Segment>> lines(String text, float size, Language language, float widthMm) throws IOException {
        List<List<Ruby.Segment>> lines = new ArrayList<>();
        List<Ruby.Segment> line = new ArrayList<>();
        float used = 0;
        for (List<Ruby.Segment> piece : LineBreaks.segmentPieces(text)) {
            float wide = width(piece, size, language, true);
            if (!line.isEmpty() && used + wide > widthMm) {
                lines.add(trimmed(line));
                line = new ArrayList<>();
                used = 0;
            }
            if (wide > widthMm && piece.stream().noneMatch(Ruby.Segment::hasReading)) {
                String whole = piece.stream().map(Ruby.Segment::base).reduce("", String::concat);
                for (String cluster : clusters(whole, language)) {
                    float w = width(cluster, size, language);
                    if (!line.isEmpty() && used + w > widthMm) {
                        lines.add(trimmed(line));
                        line = new ArrayList<>();
                        used = 0;
                    }
                    line.add(new Ruby.Segment(cluster, ""));
                    used += w;
                }
                continue;
            }
            line.addAll(piece);
            used += width(piece, size, language, false);
        }
        if (!line.isEmpty()) {
            lines.add(trimmed(line));
        }
        return lines;
    }

    /** A piece's width: each segment's base or reading, whichever is wider; without trailing spaces when it ends a line. */
    private float width(List<Ruby.Segment> piece, float size, Language language, boolean atLineEnd) throws IOException {
        float w = 0;
        for (int i = 0; i < piece.size(); i++) {
            Ruby.Segment s = piece.get(i);
            String base = atLineEnd && i == piece.size() - 1 ? s.base().stripTrailing() : s.base();
            float b = width(base, size, language);
            w += s.hasReading() ? Math.max(b, width(s.reading(), size * READING_SCALE, Language.EASY_JAPANESE)) : b;
        }
        return w;
    }

    private static List<Ruby.Segment> trimmed(List<Ruby.Segment> line) {
        List<Ruby.Segment> out = new ArrayList<>(line);
        Ruby.Segment last = out.get(out.size() - 1);
        out.set(out.size() - 1, new Ruby.Segment(last.base().stripTrailing(), last.reading()));
        return out;
    }

    private static List<String> clusters(String text, Language language) {
        BreakIterator breaks = BreakIterator.getCharacterInstance(language.locale());
        breaks.setText(text);
        List<String> pieces = new ArrayList<>();
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            pieces.add(text.substring(start, end));
        }
        return pieces;
    }

    void line(float x1, float y1, float x2, float y2, float widthPt) throws IOException {
        page.setLineWidth(widthPt);
        page.moveTo(x1 * MM, (PAGE_HEIGHT - y1) * MM);
        page.lineTo(x2 * MM, (PAGE_HEIGHT - y2) * MM);
        page.stroke();
    }

    void frame(float xMm, float yMm, float wMm, float hMm, float widthPt) throws IOException {
        page.setLineWidth(widthPt);
        page.addRect(xMm * MM, (PAGE_HEIGHT - yMm - hMm) * MM, wMm * MM, hMm * MM);
        page.stroke();
    }

    void fill(float xMm, float yMm, float wMm, float hMm, Color color) throws IOException {
        page.setNonStrokingColor(color);
        page.addRect(xMm * MM, (PAGE_HEIGHT - yMm - hMm) * MM, wMm * MM, hMm * MM);
        page.fill();
        page.setNonStrokingColor(Color.BLACK);
    }

    /** Places an image exactly {@code wMm} x {@code hMm} with its top-left corner at (x, y). */
    void image(PDImageXObject image, float xMm, float yMm, float wMm, float hMm) throws IOException {
        page.drawImage(image, xMm * MM, (PAGE_HEIGHT - yMm - hMm) * MM, wMm * MM, hMm * MM);
    }

    /** A QR code as vector squares (sharp at any printer resolution) with its quiet zone. */
    void qr(String payload, float xMm, float yMm, float sizeMm) throws IOException {
        boolean[][] modules = QrCodes.modules(payload);
        int n = modules.length;
        float cell = sizeMm / n;
        for (int row = 0; row < n; row++) {
            for (int col = 0; col < n; col++) {
                if (modules[row][col]) {
                    int run = col;
                    while (run + 1 < n && modules[row][run + 1]) {
                        run++;
                    }
                    page.addRect((xMm + col * cell) * MM, (PAGE_HEIGHT - yMm - (row + 1) * cell) * MM,
                        (run - col + 1) * cell * MM, cell * MM);
                    col = run;
                }
            }
        }
        page.fill();
    }

    /** Cut marks just outside each corner, so the cut lands on the edge with no mark inside. */
    void cutMarks(float xMm, float yMm, float wMm, float hMm) throws IOException {
        float gap = 1.5f;
        float len = 4f;
        for (float x : new float[] {xMm, xMm + wMm}) {
            for (float y : new float[] {yMm, yMm + hMm}) {
                float outX = x == xMm ? -1 : 1;
                float outY = y == yMm ? -1 : 1;
                line(x + outX * gap, y, x + outX * (gap + len), y, 0.3f);
                line(x, y + outY * gap, x, y + outY * (gap + len), 0.3f);
            }
        }
    }

    /** Secondary text (the clerk's Japanese under the resident's language) in dark grey. */
    void grey(boolean on) throws IOException {
        grey = on;
        page.setNonStrokingColor(on ? new Color(70, 70, 70) : Color.BLACK);
    }

    Set<Integer> missingGlyphs() {
        return fonts.missingGlyphs();
    }

    byte[] finish() throws IOException {
        closePage();
        open = false;
        // The first save subsets the fonts and writes their ToUnicode maps; repair those, then save.
        document.save(java.io.OutputStream.nullOutputStream());
        fonts.repairTextMaps();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        if (open) {
            page.close();
        }
        document.close();
    }
}
