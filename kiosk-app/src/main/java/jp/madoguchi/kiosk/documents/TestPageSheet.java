package jp.madoguchi.kiosk.documents;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import jp.madoguchi.kiosk.flow.Language;

/**
 * The page staff print to check the printer: the time, each device's condition, a 35 x 45 mm frame
 * with cut marks (a ruler shows whether the printer scales), a QR code that says what it is, and a
 * frame 10 mm inside the page edge (whether the paper sits straight). Nothing personal on it.
 */
final class TestPageSheet {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private TestPageSheet() {
    }

    static Rendered render(SheetData.TestPage data) throws IOException {
        synchronized (ParsedFont.LOCK) {
            try (SheetWriter sheet = new SheetWriter()) {
                sheet.frame(10, 10, SheetWriter.PAGE_WIDTH - 20, SheetWriter.PAGE_HEIGHT - 20, 0.5f);
                Column column = SheetParts.title(sheet, data.language(), "sheet.test.title", SheetParts.CONTENT_WIDTH - 45);
                sheet.qr("MADOGUCHI TEST PAGE", SheetWriter.PAGE_WIDTH - SheetWriter.MARGIN - 30, SheetWriter.MARGIN, 30);
                column.both("sheet.test.printedAt", 10, TIME.format(data.printedAt().atZone(ZoneId.systemDefault())));
                column.y(Math.max(column.y(), SheetWriter.MARGIN + 32)).width(SheetParts.CONTENT_WIDTH);
                column.heading("sheet.test.devices");
                for (String line : data.deviceLines()) {
                    column.text(line, 10, data.language());
                }
                column.heading("sheet.test.frame");
                float top = column.y() + 6;
                sheet.frame(SheetWriter.MARGIN + 6, top, PhotoFit.WIDTH_MM, PhotoFit.HEIGHT_MM, 0.6f);
                sheet.cutMarks(SheetWriter.MARGIN + 6, top, PhotoFit.WIDTH_MM, PhotoFit.HEIGHT_MM);
                return new Rendered(DocumentKind.TEST_PAGE, sheet.finish(), sheet.pages(), sheet.missingGlyphs());
            }
        }
    }
}
