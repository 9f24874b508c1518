package jp.madoguchi.rules.advice;

import java.time.LocalDate;
import java.util.List;
import jp.madoguchi.rules.phrases.PhraseCard;
import jp.madoguchi.rules.routes.ChecklistItem;
import jp.madoguchi.rules.routes.Route;

/** What a guidance screen shows and prints for a need: the route, phrase cards and checklist. */
public record Guidance(Need need, Route recommendedRoute, List<PhraseCard> phraseCards, List<ChecklistItem> checklist,
                       LocalDate asOf, List<String> sources) {
    public Guidance {
        phraseCards = List.copyOf(phraseCards);
        checklist = List.copyOf(checklist);
        sources = List.copyOf(sources);
    }
}
