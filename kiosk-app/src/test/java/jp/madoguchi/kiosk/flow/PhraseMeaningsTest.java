package jp.madoguchi.kiosk.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import jp.madoguchi.rules.RuleBook;
import jp.madoguchi.rules.phrases.PhraseCard;
import jp.madoguchi.rules.phrases.PhraseText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every phrase card says what it means in every kiosk language, in that language, with Latin digits. */
class PhraseMeaningsTest {
    private static final RuleBook BOOK = RuleBook.load();
    private static final Pattern NON_LATIN_DIGIT = Pattern.compile("[\\p{Nd}&&[^0-9]]");

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyCardHasItsOwnMeaningInEveryLanguage(Language language) {
        for (PhraseCard card : PhraseCard.values()) {
            PhraseText text = BOOK.phrases().text(card);
            NeedAdvice.Phrase phrase = new NeedAdvice.Phrase(card, text);
            if (language == Language.EASY_JAPANESE) {
                assertThat(phrase.meaningFor(language)).as("a Japanese reader reads the card itself").isEmpty();
                continue;
            }
            assertThat(text.in(language.code())).as(card + " in " + language.code()).isPresent();
            String meaning = phrase.meaningFor(language).orElseThrow();
            if (language != Language.ENGLISH) {
                assertThat(meaning).as(card + " in " + language.code() + " is still English")
                    .isNotEqualTo(text.in(PhraseText.ENGLISH).orElseThrow());
            }
            assertThat(NON_LATIN_DIGIT.matcher(meaning).find()).as(card + " in " + language.code()).isFalse();
            // The figures on the card (23 digits, 2 months) are the same figures in every language.
            assertThat(digits(meaning)).as(card + " in " + language.code()).isEqualTo(digits(text.japanese()));
        }
    }

    private static String digits(String text) {
        return text.replaceAll("[^0-9]", "");
    }
}
