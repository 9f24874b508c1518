package jp.madoguchi.kiosk.documents;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Lays out each printed document from its view data; PDFBox stays inside this package. */
public final class Documents {
    private Documents() {
    }

    public static Rendered applicationSummary(SheetData.Summary data) {
        return laidOut(() -> ApplicationSummarySheet.render(data));
    }

    public static Rendered photoSheet(SheetData.PhotoSheet data) {
        return laidOut(() -> PhotoSheetPage.render(data));
    }

    public static Rendered phraseCards(SheetData.PhraseCards data) {
        return laidOut(() -> PhraseCardSheet.render(data));
    }

    public static Rendered checklist(SheetData.Checklist data) {
        return laidOut(() -> ChecklistSheet.render(data));
    }

    public static Rendered reissueForm(SheetData.ReissueForm data) {
        return laidOut(() -> ReissueFormSheet.render(data));
    }

    public static Rendered testPage(SheetData.TestPage data) {
        return laidOut(() -> TestPageSheet.render(data));
    }

    /** Whether the fonts for every shipped language are installed. */
    public static boolean fontsInstalled() {
        return SheetFonts.allInstalled();
    }

    /** The Debian packages holding the print fonts. */
    public static String fontPackages() {
        return SheetFonts.PACKAGES;
    }

    private interface Layout {
        Rendered run() throws IOException;
    }

    private static Rendered laidOut(Layout layout) {
        try {
            return layout.run();
        } catch (IOException e) {
            // Only an unreadable font file or a full memory gets here; nothing the resident typed.
            throw new UncheckedIOException("could not lay out a printed document", e);
        }
    }
}
