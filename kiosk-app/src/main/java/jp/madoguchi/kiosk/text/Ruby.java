package jp.madoguchi.kiosk.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Furigana written in the bundles the way Aozora Bunko writes them: {@code ｜申請書《しんせいしょ》}
 * (｜ marks where the base text starts), or {@code 住所《じゅうしょ》} where the base is the run of
 * kanji just before 《. The notation has no braces, so it passes through MessageFormat untouched.
 * Screens and sheets draw the readings above the base; speech reads the readings; everything that
 * needs plain text (logs, the clerk's copy) takes the base alone.
 */
public final class Ruby {
    private static final char BASE_START = '｜';
    private static final char OPEN = '《';
    private static final char CLOSE = '》';

    /** A run of text, with the reading to print above it (empty when it has none). */
    public record Segment(String base, String reading) {
        public boolean hasReading() {
            return !reading.isEmpty();
        }
    }

    private Ruby() {
    }

    public static List<Segment> parse(String text) {
        List<Segment> segments = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int baseStart = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int close = c == OPEN ? text.indexOf(CLOSE, i + 1) : -1;
            if (c == BASE_START) {
                baseStart = plain.length();
            } else if (close > i + 1) {
                int from = baseStart >= 0 ? baseStart : kanjiRunStart(plain);
                if (from < plain.length()) {
                    add(segments, plain.substring(0, from), "");
                    add(segments, plain.substring(from), text.substring(i + 1, close));
                    plain.setLength(0);
                    i = close;
                } else {
                    plain.append(c); // 《 with nothing to annotate: an ordinary bracket
                }
                baseStart = -1;
            } else {
                plain.append(c);
            }
        }
        add(segments, plain.toString(), "");
        return segments;
    }

    /** The text as printed without furigana: bases only. */
    public static String plain(String text) {
        return join(parse(text), false);
    }

    /** The text as it is said: the reading in place of each annotated base (kanji-free for easy Japanese). */
    public static String spoken(String text) {
        return join(parse(text), true);
    }

    public static boolean hasRuby(String text) {
        return parse(text).stream().anyMatch(Segment::hasReading);
    }

    /** Kanji, and the marks that behave like them (々 repeats a kanji, ヶ in 3ヶ月). */
    public static boolean isKanji(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN
            || codePoint == '々' || codePoint == '〆' || codePoint == 'ヶ';
    }

    private static int kanjiRunStart(CharSequence plain) {
        int at = plain.length();
        while (at > 0) {
            int cp = Character.codePointBefore(plain, at);
            if (!isKanji(cp)) {
                break;
            }
            at -= Character.charCount(cp);
        }
        return at;
    }

    private static String join(List<Segment> segments, boolean readings) {
        StringBuilder out = new StringBuilder();
        segments.forEach(s -> out.append(readings && s.hasReading() ? s.reading() : s.base()));
        return out.toString();
    }

    private static void add(List<Segment> segments, String base, String reading) {
        if (!base.isEmpty()) {
            segments.add(new Segment(base, reading));
        }
    }
}
