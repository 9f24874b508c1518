package jp.madoguchi.kiosk.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The words on a printed sheet, as a reader (or a scenario's expectation) finds them. */
public final class PrintedText {
    private PrintedText() {
    }

    /** The sheet's text with every space and line break removed, so a match does not depend on where lines wrap. */
    public static String squashed(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return squash(new PDFTextStripper().getText(document));
        }
    }

    public static String squash(String text) {
        return text.replaceAll("\\s+", "");
    }
}
