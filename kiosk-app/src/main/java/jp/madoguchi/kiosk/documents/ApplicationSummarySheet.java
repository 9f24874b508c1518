package jp.madoguchi.kiosk.documents;

import java.io.IOException;
import jp.madoguchi.kiosk.flow.Confirmation;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.rules.routes.AfterApplying;

/**
 * The resident's copy of the application: the form ID large and as a QR code (so any counter can
 * scan it), the photo as sent, the certificate choices, the route, what happens next, how to
 * check the status, and whom to call.
 */
final class ApplicationSummarySheet {
    private static final float QR_SIZE = 38f;
    private static final float SIDE = SheetWriter.PAGE_WIDTH - SheetWriter.MARGIN - QR_SIZE;

    private ApplicationSummarySheet() {
    }

    static Rendered render(SheetData.Summary data) throws IOException {
        synchronized (ParsedFont.LOCK) {
            try (SheetWriter sheet = new SheetWriter()) {
                float textWidth = SIDE - SheetWriter.MARGIN - 6;
                Column column = SheetParts.title(sheet, data.language(), "sheet.summary.title", textWidth);
                column.both("sheet.summary.formId", 11);
                sheet.text(SheetWriter.MARGIN, column.y() + 8, SheetData.grouped(data.formId()), 21, Language.ENGLISH);
                column.space(12);
                confirmation(column, data.confirmation());
                // Right-hand side: QR code of the ID, then the photo as it was sent.
                sheet.qr(data.formId(), SIDE, SheetWriter.MARGIN, QR_SIZE);
                float photoX = SIDE + (QR_SIZE - PhotoFit.WIDTH_MM) / 2;
                float photoY = SheetWriter.MARGIN + QR_SIZE + 4;
                sheet.image(PhotoFit.framed(sheet.document(), data.photo(), 200, 0.85f), photoX, photoY,
                    PhotoFit.WIDTH_MM, PhotoFit.HEIGHT_MM);
                sheet.frame(photoX, photoY, PhotoFit.WIDTH_MM, PhotoFit.HEIGHT_MM, 0.3f);

                column.heading("sheet.summary.certificates");
                column.both("sheet.summary.signatureChoice." + data.signature(), 9.5f);
                column.both("sheet.summary.userIdentificationChoice." + data.userIdentification(), 9.5f);
                column.both("sheet.summary.dateOfBirth", 9.5f, data.dateOfBirth().toString());
                column.both("sheet.summary.braille." + data.brailleName(), 9.5f);
                column.heading("sheet.route.title");
                column.both("sheet.route." + data.route(), 9.5f);
                column.y(Math.max(column.y(), photoY + PhotoFit.HEIGHT_MM)).width(SheetParts.CONTENT_WIDTH);
                AfterApplying after = data.after();
                column.heading("sheet.next.title");
                column.both("sheet.next.notice", 9.5f, after.noticeWaitMonthsMin().value(), after.noticeWaitMonthsMax().value());
                if (after.noticeNonForwarding().value()) {
                    column.both("sheet.next.nonForwarding", 9.5f);
                }
                column.both(Boolean.TRUE.equals(data.municipality().pickupReservationRequired())
                    ? "sheet.reservation.required" : "sheet.reservation.unknown", 9.5f);
                column.heading("sheet.status.title");
                column.both("sheet.status.body", 9.5f, after.statusInquiryMonths().value());
                SheetParts.contacts(column, data.municipality());
                SheetParts.footer(column, data.asOf(), data.printedOn());
                return new Rendered(DocumentKind.APPLICATION_SUMMARY, sheet.finish(), sheet.pages(), sheet.missingGlyphs());
            }
        }
    }

    /** Sent with a receipt, or saved and sent automatically: the resident has nothing more to do either way. */
    private static void confirmation(Column column, Confirmation confirmation) {
        if (confirmation instanceof Confirmation.Sent sent) {
            write(column, "sheet.summary.sent", sent.receipt());
        } else if (confirmation instanceof Confirmation.Refused refused) {
            write(column, "sheet.summary.refused", refused.reason());
        } else {
            write(column, "sheet.summary.saved", "");
        }
    }

    private static void write(Column column, String key, String value) {
        try {
            column.both(key, 10, value);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
