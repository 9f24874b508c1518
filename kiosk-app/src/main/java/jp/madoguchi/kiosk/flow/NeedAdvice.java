package jp.madoguchi.kiosk.flow;

import java.time.LocalDate;
import java.util.List;
import jp.madoguchi.rules.advice.Need;
import jp.madoguchi.rules.phrases.PhraseCard;
import jp.madoguchi.rules.phrases.PhraseText;
import jp.madoguchi.rules.routes.ChecklistItem;
import jp.madoguchi.rules.routes.Route;

/**
 * What the rules engine advises for a need, resolved for screens and sheets: the route, the
 * phrase cards with their text, what to bring, and the date the information is as of.
 */
public record NeedAdvice(Need need, Route route, List<Phrase> phrases, List<ChecklistItem> checklist, LocalDate asOf) {
    /** One phrase card: its code and its sentence in Japanese, romaji and other languages. */
    public record Phrase(PhraseCard card, PhraseText text) {
        /**
         * What the sentence means, in the resident's language (the shipped phrase data has every
         * language; English only if a municipality's own data lacks one); empty for a Japanese
         * reader, who reads the sentence itself.
         */
        public java.util.Optional<String> meaningFor(Language language) {
            return language == Language.EASY_JAPANESE ? java.util.Optional.empty()
                : text.in(language.code()).or(() -> text.in(PhraseText.ENGLISH));
        }
    }

    public NeedAdvice {
        phrases = List.copyOf(phrases);
        checklist = List.copyOf(checklist);
    }
}
