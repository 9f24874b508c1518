package jp.madoguchi.kiosk.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Writes one A4 page top to bottom: headings, wrapped paragraphs, rules. Keeps PDFBox's
 * coordinate system (origin bottom left, points) out of the sheets' own code.
 */
final class SheetWriter implements AutoCloseable {
    static final float MM = 72f / 25.4f;
    private static final float MARGIN = 18 * MM;

    private final PDDocument document = new PDDocument();
    private final SheetFonts fonts;
    private final PDPageContentStream page;
    private final float width;
    private float y;

    SheetWriter() throws IOException {
        PDPage a4 = new PDPage(PDRectangle.A4);
        document.addPage(a4);
        fonts = SheetFonts.load(document);
        page = new PDPageContentStream(document, a4);
        width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /** Writes {@code text} wrapped to the page width; text the font cannot draw is left out. */
    SheetWriter paragraph(String text, float size) throws IOException {
        if (!fonts.canDraw(text)) {
            return this;
        }
        for (String line : wrap(text, size)) {
            y -= size * 1.35f;
            page.beginText();
            page.setFont(fonts.font(), size);
            page.newLineAtOffset(MARGIN, y);
            page.showText(line);
            page.endText();
        }
        y -= size * 0.4f;
        return this;
    }

    SheetWriter space(float mm) {
        y -= mm * MM;
        return this;
    }

    SheetWriter rule() throws IOException {
        y -= 3 * MM;
        page.moveTo(MARGIN, y);
        page.lineTo(MARGIN + width, y);
        page.setLineWidth(0.5f);
        page.stroke();
        y -= 2 * MM;
        return this;
    }

    /** Breaks at spaces where there are any, else anywhere (Japanese has no spaces). */
    private List<String> wrap(String text, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String token : text.split("(?<= )|(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}、。])")) {
            if (line.length() > 0 && widthOf(line + token, size) > width) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
            }
            line.append(token);
        }
        if (line.length() > 0) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    private float widthOf(String text, float size) throws IOException {
        return fonts.font().getStringWidth(text) / 1000f * size;
    }

    byte[] finish() throws IOException {
        page.close();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
