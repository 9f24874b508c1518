package jp.madoguchi.kiosk.documents;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Two prints of the application photo, each exactly 35.0 mm wide and 45.0 mm tall (the image is
 * placed at that size in the PDF; print at 100 %, not "fit to page"), at 400 dpi, with cut marks,
 * and the rules the mail route's photo must meet.
 */
final class PhotoSheetPage {
    static final int DPI = 400;
    private static final float TOP = 60f;
    private static final float GAP = 20f;

    private PhotoSheetPage() {
    }

    static Rendered render(SheetData.PhotoSheet data) throws IOException {
        synchronized (ParsedFont.LOCK) {
            try (SheetWriter sheet = new SheetWriter()) {
                Column column = SheetParts.title(sheet, data.language(), "sheet.photo.title", SheetParts.CONTENT_WIDTH);
                column.both("sheet.photo.size", 10.5f);
                // One image, drawn twice: the PDF holds the pixels once.
                PDImageXObject photo = PhotoFit.framed(sheet.document(), data.photo(), DPI, 0.92f);
                float left = (SheetWriter.PAGE_WIDTH - 2 * PhotoFit.WIDTH_MM - GAP) / 2;
                float top = Math.max(TOP, column.y() + 8);
                for (int copy = 0; copy < 2; copy++) {
                    float x = left + copy * (PhotoFit.WIDTH_MM + GAP);
                    sheet.image(photo, x, top, PhotoFit.WIDTH_MM, PhotoFit.HEIGHT_MM);
                    sheet.cutMarks(x, top, PhotoFit.WIDTH_MM, PhotoFit.HEIGHT_MM);
                }
                column.y(top + PhotoFit.HEIGHT_MM + 10);
                column.heading("sheet.photo.rulesTitle");
                column.both("sheet.photo.print", 10.5f);
                column.both("sheet.photo.rules", 10.5f);
                column.both("sheet.photo.file", 10.5f);
                SheetParts.footer(column, data.printedOn(), data.printedOn());
                return new Rendered(DocumentKind.PHOTO_SHEET, sheet.finish(), sheet.pages(), sheet.missingGlyphs());
            }
        }
    }
}
