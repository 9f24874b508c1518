package jp.madoguchi.kiosk.documents;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
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
        column.local(town.name(), 11);
        for (var counter : town.counters()) {
            column.local(counter.name(), 10);
            column.local(counter.note(), 9);
        }
        Language language = column.language();
        for (SupportLine line : town.supportLines()) {
            column.local(line.name(), 10);
            String hours = line.hours().in(language.code()).orElse(line.hours().english());
            column.mine("sheet.contacts.phone", 10, line.phone(), hours);
            if (!line.languages().isEmpty()) {
                column.mine("sheet.contacts.languages", 9, languageNames(line.languages(), language));
            }
        }
    }

    /** The languages a support line speaks, named in the resident's language ("ko" reads 韩语 in Chinese). */
    static String languageNames(List<String> tags, Language reader) {
        LocaleDisplayNames names = LocaleDisplayNames.getInstance(ULocale.forLocale(reader.locale()));
        return tags.stream().map(tag -> names.languageDisplayName(tag))
            .collect(Collectors.joining(reader == Language.EASY_JAPANESE || reader.code().startsWith("zh") ? "、" : ", "));
    }

    static void footer(Column column, LocalDate asOf, LocalDate printedOn) throws IOException {
        column.space(3);
        column.both("sheet.footer", 8.5f, asOf.toString(), printedOn.toString());
    }
}
