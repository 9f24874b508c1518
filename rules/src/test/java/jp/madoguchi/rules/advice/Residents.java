package jp.madoguchi.rules.advice;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import jp.madoguchi.rules.RuleBook;

/** Situations written the short way in tests: JSON with single quotes, advised at Shinjuku. */
final class Residents {
    static final RuleBook BOOK = RuleBook.load();
    static final AdviceService SHINJUKU = new AdviceService(BOOK, "shinjuku");

    private Residents() {
    }

    static Verdict advise(String singleQuotedJson, String today) {
        try {
            return SHINJUKU.advise(SituationJson.parse(json(singleQuotedJson)), LocalDate.parse(today));
        } catch (SituationException e) {
            throw new AssertionError("test situation does not parse: " + e.getMessage(), e);
        }
    }

    /** "A B C" as a list of codes; null (an empty CSV cell) as none. */
    static <T> List<T> codes(String spaced, Function<String, T> parse) {
        return spaced == null ? List.of() : Arrays.stream(spaced.trim().split("\\s+")).map(parse).toList();
    }

    static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }
}
