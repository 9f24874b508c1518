package jp.madoguchi.kiosk.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a line may break, for screens and sheets alike: the text cut into pieces that must stay
 * on one line. Japanese breaks by phrase (bunsetsu), never inside a word: easy Japanese is written
 * with a space after each phrase, so it breaks only there; Japanese without spaces (the phrase
 * cards' polite sentences) goes through ICU's phrase breaker ({@code lw=phrase}, a BudouX model),
 * and a break it proposes right after a kanji or katakana (inside 再発行, 在留カード) is dropped.
 * Other languages use ICU's line breaker, whose dictionaries know Thai and Burmese words; Korean
 * keeps its words whole, breaking at the spaces between them, as Korean typesetting does.
 */
public final class LineBreaks {
    private static final ULocale JAPANESE_PHRASES = new ULocale("ja@lw=phrase");

    private LineBreaks() {
    }

    /** The pieces of {@code text}, in order; concatenated they give the text back. */
    public static List<String> pieces(String text) {
        if (isJapanese(text)) {
            return text.strip().contains(" ") || text.contains("\u3000") ? atSpaces(text) : japanesePhrases(text);
        }
        // Korean keeps its words whole (ICU4J does not honour lw=keepall): it breaks at spaces only
        return hasHangul(text) ? atSpaces(text) : icu(text, ULocale.ROOT);
    }

    /**
     * Text in furigana notation cut the same way, as segments: each piece is the segments (base
     * text, with its reading where it has one) that must stay on one line. An annotated word is
     * never split, whatever the breaker says inside it.
     */
    public static List<List<Ruby.Segment>> segmentPieces(String notation) {
        List<Ruby.Segment> segments = Ruby.parse(notation);
        java.util.TreeSet<Integer> ends = new java.util.TreeSet<>();
        int at = 0;
        for (String cut : pieces(Ruby.plain(notation))) {
            at += cut.length();
            ends.add(at);
        }
        List<List<Ruby.Segment>> pieces = new ArrayList<>();
        List<Ruby.Segment> piece = new ArrayList<>();
        int offset = 0;
        for (Ruby.Segment s : segments) {
            String rest = s.base();
            while (!rest.isEmpty()) {
                Integer next = s.hasReading() ? null : ends.higher(offset);
                int take = next == null ? rest.length() : Math.min(next - offset, rest.length());
                piece.add(new Ruby.Segment(rest.substring(0, take), s.reading()));
                offset += take;
                rest = rest.substring(take);
                if (ends.contains(offset)) {
                    pieces.add(piece);
                    piece = new ArrayList<>();
                }
            }
        }
        if (!piece.isEmpty()) {
            pieces.add(piece);
        }
        return pieces;
    }

    /** Kana make a text Japanese (Chinese has none); so does furigana notation. */
    public static boolean isJapanese(String text) {
        return text.codePoints().anyMatch(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA && cp != 'ー'
                || cp == '《';
        });
    }

    private static boolean hasHangul(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL);
    }

    /** Breaks after each run of spaces only; the spaces stay with the phrase before them. */
    private static List<String> atSpaces(String text) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            boolean space = text.charAt(i) == ' ' || text.charAt(i) == '\u3000';
            boolean nextIsSpace = i + 1 < text.length() && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\u3000');
            if (space && !nextIsSpace) {
                pieces.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            pieces.add(text.substring(start));
        }
        return pieces;
    }

    private static List<String> japanesePhrases(String text) {
        List<String> pieces = new ArrayList<>();
        StringBuilder phrase = new StringBuilder();
        for (String piece : icu(text, JAPANESE_PHRASES)) {
            if (phrase.length() > 0 && !insideWord(phrase, piece)) {
                pieces.add(phrase.toString());
                phrase.setLength(0);
            }
            phrase.append(piece);
        }
        if (phrase.length() > 0) {
            pieces.add(phrase.toString());
        }
        return pieces;
    }

    /** A phrase ends in a particle, an ending or punctuation: after a kanji or katakana the word goes on. */
    private static boolean insideWord(CharSequence before, String after) {
        int last = Character.codePointBefore(before, before.length());
        int next = after.codePointAt(0);
        boolean wordGoesOn = Ruby.isKanji(last) || Character.UnicodeScript.of(last) == Character.UnicodeScript.KATAKANA;
        return wordGoesOn && (Ruby.isKanji(next) || Character.UnicodeScript.of(next) == Character.UnicodeScript.KATAKANA
            || Character.UnicodeScript.of(next) == Character.UnicodeScript.HIRAGANA);
    }

    private static List<String> icu(String text, ULocale locale) {
        BreakIterator breaks = BreakIterator.getLineInstance(locale);
        breaks.setText(text);
        List<String> pieces = new ArrayList<>();
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            pieces.add(text.substring(start, end));
        }
        return pieces;
    }
}
