package jp.madoguchi.kiosk.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Fonts for printed sheets. Japanese needs a TrueType font PDFBox can subset: IPAex Gothic
 * from Debian's fonts-ipaexfont-gothic (the CFF-based Noto CJK collection cannot be subset by
 * PDFBox). Without it, sheets fall back to Helvetica and leave out what it cannot draw.
 */
final class SheetFonts {
    static final List<Path> JAPANESE = List.of(
        Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"),
        Path.of("/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf"));

    private final PDFont font;
    private final boolean japanese;

    private SheetFonts(PDFont font, boolean japanese) {
        this.font = font;
        this.japanese = japanese;
    }

    static SheetFonts load(PDDocument document) throws IOException {
        Optional<Path> ttf = JAPANESE.stream().filter(Files::isReadable).findFirst();
        if (ttf.isPresent()) {
            return new SheetFonts(PDType0Font.load(document, ttf.get().toFile()), true);
        }
        return new SheetFonts(new PDType1Font(Standard14Fonts.FontName.HELVETICA), false);
    }

    PDFont font() {
        return font;
    }

    /** Whether {@code text} can be drawn; Helvetica cannot draw Japanese. */
    boolean canDraw(String text) {
        if (japanese) {
            return true;
        }
        try {
            font.encode(text);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
