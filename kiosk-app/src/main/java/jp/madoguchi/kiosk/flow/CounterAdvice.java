package jp.madoguchi.kiosk.flow;

import java.util.EnumMap;
import java.util.Map;
import jp.madoguchi.rules.RuleBook;
import jp.madoguchi.rules.advice.AdviceService;
import jp.madoguchi.rules.advice.Guidance;
import jp.madoguchi.rules.advice.Need;
import jp.madoguchi.rules.local.MunicipalityProfile;

/**
 * The rules engine's advice per need, as the flow's screens and sheets use it. Advice for a need
 * depends only on the rule book, so it is worked out once per need and kept.
 */
public final class CounterAdvice {
    private final RuleBook book;
    private final MunicipalityProfile municipality;
    private final AdviceService advice;
    private final Map<Need, NeedAdvice> byNeed = new EnumMap<>(Need.class);

    public CounterAdvice(RuleBook book, String municipality) {
        this.book = book;
        this.municipality = book.municipalities().find(municipality)
            .orElseThrow(() -> new IllegalArgumentException("no municipality profile '" + municipality + "'"));
        this.advice = new AdviceService(book, municipality);
    }

    /** The rule book the advice comes from, for sheets that print its figures (PIN rules, after applying). */
    public RuleBook book() {
        return book;
    }

    /** The municipality the kiosk stands in: its counters and support lines. */
    public MunicipalityProfile municipality() {
        return municipality;
    }

    public synchronized NeedAdvice forNeed(Need need) {
        return byNeed.computeIfAbsent(need, n -> {
            Guidance guidance = advice.guidanceFor(n);
            return new NeedAdvice(n, guidance.recommendedRoute(),
                guidance.phraseCards().stream().map(c -> new NeedAdvice.Phrase(c, book.phrases().text(c))).toList(),
                guidance.checklist(), guidance.asOf());
        });
    }
}
