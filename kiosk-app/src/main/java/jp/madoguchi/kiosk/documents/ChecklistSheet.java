package jp.madoguchi.kiosk.documents;

import java.io.IOException;
import jp.madoguchi.rules.pin.PinRules;
import jp.madoguchi.rules.routes.ChecklistItem;

/**
 * What to bring to the counter, with a box to tick for each; the PIN rules to decide against
 * beforehand (the rules only: the kiosk never asks for, prints or keeps a PIN); reservation notes.
 */
final class ChecklistSheet {
    private static final float BOX = 4f;

    private ChecklistSheet() {
    }

    static Rendered render(SheetData.Checklist data) throws IOException {
        synchronized (ParsedFont.LOCK) {
            try (SheetWriter sheet = new SheetWriter()) {
                Column column = SheetParts.title(sheet, data.language(), "sheet.checklist.title", SheetParts.CONTENT_WIDTH);
                column.both("guidance.title." + data.need(), 11);
                column.heading("sheet.checklist.bring");
                Column items = new Column(sheet, data.language(), SheetWriter.MARGIN + BOX + 3, column.y(),
                    SheetParts.CONTENT_WIDTH - BOX - 3);
                for (ChecklistItem item : data.items()) {
                    items.room(12);
                    sheet.frame(SheetWriter.MARGIN, items.y() + 1.2f, BOX, BOX, 0.5f);
                    items.both("checklist." + item, 10f);
                }
                column.y(items.y());
                PinRules pins = data.pins();
                column.heading("sheet.pins.title");
                column.both("sheet.pins.userIdentification", 10f, pins.userIdentificationPinDigits().value());
                column.both("sheet.pins.signature", 10f, pins.signaturePinMinLength().value(),
                    pins.signaturePinMaxLength().value());
                column.both("sheet.pins.lockout", 10f, pins.userIdentificationLockoutTries().value(),
                    pins.signatureLockoutTries().value());
                column.both("sheet.pins.never", 10f);
                column.heading("sheet.reservation.title");
                Boolean required = data.municipality().pickupReservationRequired();
                column.both(Boolean.TRUE.equals(required) ? "sheet.reservation.required" : "sheet.reservation.unknown", 10f);
                column.local(data.municipality().reservationNote(), 9);
                SheetParts.contacts(column, data.municipality());
                SheetParts.footer(column, data.asOf(), data.printedOn());
                return new Rendered(DocumentKind.CHECKLIST, sheet.finish(), sheet.pages(), sheet.missingGlyphs());
            }
        }
    }
}
