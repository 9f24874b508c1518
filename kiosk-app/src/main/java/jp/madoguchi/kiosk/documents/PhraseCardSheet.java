package jp.madoguchi.kiosk.documents;

import java.io.IOException;
import java.util.List;
import jp.madoguchi.kiosk.flow.Language;

/**
 * The phrase cards the rules chose, business-card sized (91 x 55 mm), two across and up to four
 * down on A4 with cut marks. The polite Japanese is large (16 pt, about 5.6 mm tall) so a clerk
 * reads it across the counter; romaji under it lets the resident say it; their language says
 * what it means.
 */
final class PhraseCardSheet {
    static final float CARD_WIDTH = 91f;
    static final float CARD_HEIGHT = 55f;
    private static final float GAP = 8f;
    private static final float TOP = 52f;
    private static final float PAD = 4f;
    private static final int PER_PAGE = 8;

    private PhraseCardSheet() {
    }

    static Rendered render(SheetData.PhraseCards data) throws IOException {
        synchronized (ParsedFont.LOCK) {
            try (SheetWriter sheet = new SheetWriter()) {
                Column column = SheetParts.title(sheet, data.language(), "sheet.cards.title", SheetParts.CONTENT_WIDTH);
                column.both("sheet.cards.hint", 10);
                float left = (SheetWriter.PAGE_WIDTH - 2 * CARD_WIDTH - GAP) / 2;
                float top = Math.max(TOP, column.y() + 6);
                List<SheetData.Card> cards = data.cards();
                for (int i = 0; i < cards.size(); i++) {
                    int slot = i % PER_PAGE;
                    if (i > 0 && slot == 0) {
                        sheet.newPage();
                        top = SheetWriter.MARGIN + 6;
                    }
                    float x = left + (slot % 2) * (CARD_WIDTH + GAP);
                    float y = top + (slot / 2) * (CARD_HEIGHT + GAP);
                    card(sheet, cards.get(i), data.language(), x, y);
                }
                float below = top + ((Math.min(cards.size(), PER_PAGE) + 1) / 2) * (CARD_HEIGHT + GAP);
                column.y(cards.size() > PER_PAGE ? SheetWriter.MARGIN + 6 + 4 * (CARD_HEIGHT + GAP) : below);
                SheetParts.footer(column, data.asOf(), data.printedOn());
                return new Rendered(DocumentKind.PHRASE_CARDS, sheet.finish(), sheet.pages(), sheet.missingGlyphs());
            }
        }
    }

    private static void card(SheetWriter sheet, SheetData.Card card, Language language, float x, float y)
        throws IOException {
        sheet.frame(x, y, CARD_WIDTH, CARD_HEIGHT, 0.2f);
        sheet.cutMarks(x, y, CARD_WIDTH, CARD_HEIGHT);
        float width = CARD_WIDTH - 2 * PAD;
        float next = sheet.paragraph(x + PAD, y + PAD - 1, width, card.japanese(), 16, Language.EASY_JAPANESE);
        next = sheet.paragraph(x + PAD, next + 0.5f, width, card.romaji(), 8.5f, Language.ENGLISH);
        if (card.meaning().isPresent()) {
            sheet.grey(true);
            sheet.paragraph(x + PAD, next + 0.5f, width, card.meaning().get(), 9, language);
            sheet.grey(false);
        }
    }
}
