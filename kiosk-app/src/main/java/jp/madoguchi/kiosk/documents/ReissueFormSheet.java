package jp.madoguchi.kiosk.documents;

import java.io.IOException;
import jp.madoguchi.kiosk.flow.Language;

/**
 * A new application form for a resident who lost theirs, printed by staff: the new 23-digit ID
 * from the form-issuing service in its printed groups and as a QR code (the kiosk's scanner and
 * camera read it), the name, address and date of birth as the resident register has them, headings
 * in the resident's language with the Japanese, and the photo area for a mail application.
 */
final class ReissueFormSheet {
    private static final float QR_SIZE = 40f;
    private static final float FIELD_HEIGHT = 16f;

    private ReissueFormSheet() {
    }

    static Rendered render(SheetData.ReissueForm data) throws IOException {
        synchronized (ParsedFont.LOCK) {
            try (SheetWriter sheet = new SheetWriter()) {
                float qrX = SheetWriter.PAGE_WIDTH - SheetWriter.MARGIN - QR_SIZE;
                Column column = SheetParts.title(sheet, data.language(), "sheet.reissue.title",
                    qrX - SheetWriter.MARGIN - 5);
                column.both("sheet.reissue.formId", 10);
                sheet.text(SheetWriter.MARGIN, column.y() + 8, SheetData.grouped(data.formId()), 20, Language.ENGLISH);
                column.space(12);
                sheet.qr(data.formId(), qrX, SheetWriter.MARGIN, QR_SIZE);
                column.y(Math.max(column.y(), SheetWriter.MARGIN + QR_SIZE) + 4).width(SheetParts.CONTENT_WIDTH);
                field(sheet, column, "sheet.reissue.name", data.name());
                field(sheet, column, "sheet.reissue.birth", data.dateOfBirth().toString());
                field(sheet, column, "sheet.reissue.address", data.address());
                column.heading("sheet.reissue.photo");
                float top = column.y() + 2;
                sheet.frame(SheetWriter.MARGIN, top, PhotoFit.WIDTH_MM, PhotoFit.HEIGHT_MM, 0.6f);
                Column beside = new Column(sheet, data.language(), SheetWriter.MARGIN + PhotoFit.WIDTH_MM + 6, top,
                    SheetParts.CONTENT_WIDTH - PhotoFit.WIDTH_MM - 6);
                beside.both("sheet.photo.rules", 9.5f);
                column.y(Math.max(beside.y(), top + PhotoFit.HEIGHT_MM) + 4);
                column.both("sheet.reissue.issued", 9.5f, data.municipality().nameJapanese(), data.issuedOn().toString());
                return new Rendered(DocumentKind.REISSUE_FORM, sheet.finish(), sheet.pages(), sheet.missingGlyphs());
            }
        }
    }

    /** A labelled box holding what staff typed, wrapped inside the box. */
    private static void field(SheetWriter sheet, Column column, String key, String value) throws IOException {
        column.both(key, 9.5f);
        float top = column.y();
        sheet.frame(SheetWriter.MARGIN, top, SheetParts.CONTENT_WIDTH, FIELD_HEIGHT, 0.5f);
        sheet.paragraph(SheetWriter.MARGIN + 2, top, SheetParts.CONTENT_WIDTH - 4, value, 13, Language.EASY_JAPANESE);
        column.y(top + FIELD_HEIGHT + 3);
    }
}
