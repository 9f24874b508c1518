package jp.madoguchi.kiosk.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.devices.api.PrintJob;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.kiosk.flow.NeedAdvice;
import jp.madoguchi.rules.advice.Need;
import jp.madoguchi.kiosk.flow.Session;
import jp.madoguchi.kiosk.flow.SessionSheets;
import jp.madoguchi.kiosk.i18n.Messages;

/**
 * The sheets a resident takes home, in their language with the Japanese the counter needs
 * underneath. This first version prints the application summary (naming the form ID) for the
 * kiosk route and, for the other needs, a guidance sheet with the phrase cards and checklist the
 * rules engine chose; the documents issue adds the photo sheet and card-sized phrase cards.
 */
public final class PdfSessionSheets implements SessionSheets {
    private final Clock clock;

    public PdfSessionSheets(Clock clock) {
        this.clock = clock;
    }

    /** Whether sheets can carry Japanese (the IPAex Gothic package is installed). */
    public static boolean japaneseFontInstalled() {
        return SheetFonts.JAPANESE.stream().anyMatch(java.nio.file.Files::isReadable);
    }

    @Override
    public List<PrintJob> sheetsFor(Session session, Optional<NeedAdvice> advice) {
        try {
            if (session.formId().isPresent()) {
                return List.of(new PrintJob("application-summary", applicationSummary(session)));
            }
            return List.of(new PrintJob("guidance", guidance(session, advice)));
        } catch (IOException e) {
            throw new UncheckedIOException("could not lay out the resident's sheets", e);
        }
    }

    private byte[] applicationSummary(Session session) throws IOException {
        Messages mine = Messages.of(session.language());
        Messages ja = Messages.of(Language.EASY_JAPANESE);
        try (SheetWriter sheet = new SheetWriter()) {
            both(sheet, mine, ja, "sheet.summary.title", 20);
            sheet.rule();
            both(sheet, mine, ja, "sheet.summary.formId", 12);
            sheet.paragraph(session.formId().orElseThrow().grouped(), 26).space(2);
            session.acknowledgement().ifPresent(ack -> write(sheet, mine.text("sheet.summary.acknowledgement") + ": " + ack, 12));
            both(sheet, mine, ja, "sheet.summary.certificates", 12);
            write(sheet, mine.text("sheet.summary.signature") + ": " + yesNo(mine, session.signatureCertificate()), 12);
            write(sheet, mine.text("sheet.summary.userIdentification") + ": "
                + yesNo(mine, session.userIdentificationCertificate()), 12);
            sheet.rule();
            both(sheet, mine, ja, "sheet.summary.route", 12);
            both(sheet, mine, ja, "sheet.summary.next", 12);
            sheet.rule();
            sheet.paragraph(mine.text("sheet.printedOn", LocalDate.now(clock).toString()), 10);
            return sheet.finish();
        }
    }

    /** What to do, the phrase cards to show at the counter (Japanese large, for the clerk), what to bring. */
    private byte[] guidance(Session session, Optional<NeedAdvice> advice) throws IOException {
        Messages mine = Messages.of(session.language());
        Messages ja = Messages.of(Language.EASY_JAPANESE);
        Need need = session.need().orElse(Need.LOST_FORM);
        try (SheetWriter sheet = new SheetWriter()) {
            both(sheet, mine, ja, "sheet.guidance.title", 20);
            sheet.rule();
            both(sheet, mine, ja, "guidance.title." + need, 16);
            both(sheet, mine, ja, "guidance.body." + need, 11);
            if (advice.isPresent()) {
                sheet.rule();
                both(sheet, mine, ja, "guidance.phrases", 12);
                for (NeedAdvice.Phrase phrase : advice.get().phrases()) {
                    sheet.paragraph(phrase.text().japanese(), 20).paragraph(phrase.text().romaji(), 11);
                    phrase.meaningFor(session.language()).ifPresent(meaning -> write(sheet, meaning, 11));
                    sheet.space(3);
                }
                sheet.rule();
                both(sheet, mine, ja, "guidance.checklist", 12);
                for (var item : advice.get().checklist()) {
                    write(sheet, "- " + mine.text("checklist." + item), 11);
                }
            }
            sheet.rule();
            advice.ifPresent(a -> write(sheet, mine.text("common.asOf", a.asOf().toString()), 9));
            sheet.paragraph(mine.text("sheet.printedOn", LocalDate.now(clock).toString()), 9);
            return sheet.finish();
        }
    }

    /** The resident's language first, then the Japanese for the clerk (once, if they are the same). */
    private static void both(SheetWriter sheet, Messages mine, Messages ja, String key, float size) throws IOException {
        sheet.paragraph(mine.text(key), size);
        if (mine.language() != Language.EASY_JAPANESE) {
            sheet.paragraph(ja.text(key), size * 0.85f);
        }
        sheet.space(1);
    }

    private static String yesNo(Messages messages, boolean yes) {
        return messages.text(yes ? "submit.yes" : "submit.no");
    }

    private static void write(SheetWriter sheet, String text, float size) {
        try {
            sheet.paragraph(text, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
