package jp.madoguchi.rules.advice;

import java.time.LocalDate;
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

    static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }
}
