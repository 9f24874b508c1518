package jp.madoguchi.kiosk.documents;

import java.io.IOException;
import java.time.LocalDate;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.rules.local.MunicipalityProfile;
import jp.madoguchi.rules.local.SupportLine;

/** Pieces several sheets share: the title block, the municipality's contacts and the dated footer. */
final class SheetParts {
    static final float CONTENT_WIDTH = SheetWriter.PAGE_WIDTH - 2 * SheetWriter.MARGIN;

    private SheetParts() {
    }

    /** The title in the resident's language, large, with the Japanese under it. */
    static Column title(SheetWriter sheet, Language language, String key, float width) throws IOException {
        Column column = new Column(sheet, language, SheetWriter.MARGIN, SheetWriter.MARGIN - 3, width);
        // The resident's language by its own name, so the clerk and the resident see whose sheet it is.
        column.text(language.ownName(), 8.5f, language);
        return column.both(key, 16).space(1.5f);
    }

    static void contacts(Column column, MunicipalityProfile town) throws IOException {
        column.heading("sheet.contacts.title");
        column.text(town.nameJapanese() + "  " + town.nameEnglish(), 11, Language.EASY_JAPANESE);
        for (var counter : town.counters()) {
            column.text(counter.name() + ": " + counter.note(), 9, Language.ENGLISH);
        }
        for (SupportLine line : town.supportLines()) {
            column.text(line.name(), 10, Language.ENGLISH);
            column.mine("sheet.contacts.phone", 10, line.phone(), line.hours());
            if (!line.languages().isEmpty()) {
                column.mine("sheet.contacts.languages", 9, String.join(", ", line.languages()));
            }
        }
    }

    static void footer(Column column, LocalDate asOf, LocalDate printedOn) throws IOException {
        column.space(3);
        column.both("sheet.footer", 8.5f, asOf.toString(), printedOn.toString());
    }
}
