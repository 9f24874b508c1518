package jp.madoguchi.rules.advice;

import java.time.LocalDate;
import java.util.List;
import jp.madoguchi.rules.eligibility.Blocker;
import jp.madoguchi.rules.phrases.PhraseCard;
import jp.madoguchi.rules.routes.ChecklistItem;
import jp.madoguchi.rules.routes.Route;

/**
 * The advice for one situation on one day, field for field the JSON verdict of issue 3.
 *
 * @param eligible          false with blockers; true when registration is confirmed; null when unknown
 * @param recommendedRoute  null when blocked or when there is nothing to apply for
 * @param feeYen            null when blocked
 * @param newCardValidUntil dates of a card issued today, null when no new card is made or a needed
 *                          fact (date of birth, stay, period-of-stay end) is unknown
 * @param asOf              the oldest "as of" date among the figures this verdict used
 */
public record Verdict(
    Boolean eligible,
    List<Blocker> blockers,
    Route recommendedRoute,
    List<Route> openRoutes,
    List<Warning> warnings,
    Integer feeYen,
    LocalDate newCardValidUntil,
    LocalDate certificatesValidUntil,
    LocalDate renewalWindowOpens,
    LocalDate specialExtensionUntil,
    List<PhraseCard> phraseCards,
    List<ChecklistItem> checklist,
    LocalDate asOf,
    List<String> sources) {

    public Verdict {
        blockers = List.copyOf(blockers);
        openRoutes = List.copyOf(openRoutes);
        warnings = List.copyOf(warnings);
        phraseCards = List.copyOf(phraseCards);
        checklist = List.copyOf(checklist);
        sources = List.copyOf(sources);
    }
}
