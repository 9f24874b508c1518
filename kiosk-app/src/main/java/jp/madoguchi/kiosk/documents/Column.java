package jp.madoguchi.kiosk.documents;

import java.awt.Color;
import java.io.IOException;
import java.util.Optional;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.kiosk.i18n.Messages;
import jp.madoguchi.rules.local.LocalText;
import jp.madoguchi.kiosk.text.Ruby;

/**
 * Writes a sheet top to bottom in a column: each piece of text in the resident's language with
 * the Japanese the counter needs under it, starting a new page when the column is full. A
 * resident who reads Japanese gets furigana; the clerk's Japanese under another language has none.
 */
final class Column {
    private static final float BOTTOM = SheetWriter.PAGE_HEIGHT - SheetWriter.MARGIN;

    private final SheetWriter sheet;
    private final Messages mine;
    private final Messages japanese;
    private final float x;
    private float width;
    private float y;

    Column(SheetWriter sheet, Language language, float x, float y, float width) {
        this.sheet = sheet;
        this.mine = Messages.of(language);
        this.japanese = Messages.of(Language.EASY_JAPANESE);
        this.x = x;
        this.y = y;
        this.width = width;
    }

    Messages mine() {
        return mine;
    }

    Language language() {
        return mine.language();
    }

    float y() {
        return y;
    }

    Column y(float at) {
        y = at;
        return this;
    }

    Column width(float mm) {
        width = mm;
        return this;
    }

    boolean residentReadsJapanese() {
        return mine.language() == Language.EASY_JAPANESE;
    }

    /** The resident's text, then the Japanese for the clerk (once, for a Japanese reader). */
    Column both(String key, float size, Object... args) throws IOException {
        text(mine.text(key, args), size, mine.language());
        if (!residentReadsJapanese()) {
            // the clerk's copy: kanji as on the forms, without furigana
            grey(Ruby.plain(japanese.text(key, args)), size * 0.8f, Language.EASY_JAPANESE);
        }
        return space(0.5f);
    }

    /**
     * A municipality's own words: in the resident's language where the municipality wrote them,
     * with the Japanese under it as everywhere; otherwise the Japanese (what the office's signs
     * and staff say) with the English under it, so nothing is ever lost for want of a translation.
     */
    Column local(LocalText words, float size) throws IOException {
        Optional<String> own = words.in(language().code());
        Optional<String> japaneseWords = words.in(Language.EASY_JAPANESE.code());
        if (own.isPresent()) {
            text(own.get(), size, language());
            if (!residentReadsJapanese() && japaneseWords.isPresent() && !japaneseWords.get().equals(own.get())) {
                grey(japaneseWords.get(), size * 0.8f, Language.EASY_JAPANESE);
            }
        } else if (japaneseWords.isPresent()) {
            text(japaneseWords.get(), size, Language.EASY_JAPANESE);
            grey(words.english(), size * 0.8f, Language.ENGLISH);
        } else {
            text(words.english(), size, Language.ENGLISH);
        }
        return space(0.5f);
    }

    Column text(String text, float size, Language language) throws IOException {
        room(size * 1.3f / SheetWriter.MM);
        y = sheet.paragraph(x, y, width, text, size, language);
        return this;
    }

    Column mine(String key, float size, Object... args) throws IOException {
        return text(mine.text(key, args), size, mine.language());
    }

    Column grey(String text, float size, Language language) throws IOException {
        sheet.grey(true);
        text(text, size, language);
        sheet.grey(false);
        return this;
    }

    Column heading(String key) throws IOException {
        room(18);
        space(1.5f);
        sheet.fill(x, y, width, 0.5f, Color.DARK_GRAY);
        space(0.5f);
        // One line for both languages: a heading is short, and the page keeps room for content.
        String heading = residentReadsJapanese() ? mine.text(key) : mine.text(key) + " / " + Ruby.plain(japanese.text(key));
        return text(heading, 11.5f, mine.language()).space(0.5f);
    }

    Column space(float mm) {
        y += mm;
        return this;
    }

    /** Starts a new page unless {@code mm} more fit on this one. */
    Column room(float mm) throws IOException {
        if (y + mm > BOTTOM) {
            sheet.newPage();
            y = SheetWriter.MARGIN;
        }
        return this;
    }
}
