package jp.madoguchi.rules.advice;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import jp.madoguchi.rules.RuleBook;
import jp.madoguchi.rules.data.Evidence;
import jp.madoguchi.rules.eligibility.Blocker;
import jp.madoguchi.rules.fees.CounterProcedure;
import jp.madoguchi.rules.local.MunicipalityProfile;
import jp.madoguchi.rules.routes.RouteAdvice;
import jp.madoguchi.rules.validity.NewCardDates;

/**
 * The decision engine: what an experienced counter clerk would tell this resident today. Pure:
 * the same situation, day and rule book always give the same verdict; "today" is always passed
 * in, and the new card's dates assume it is issued on that day.
 */
public final class Advisor {
    private final RuleBook book;
    private final MunicipalityProfile home;
    private final Handouts handouts;
    private final Warnings warnings;

    /** @param municipality the kiosk's own municipality profile id, from its configuration */
    public Advisor(RuleBook book, String municipality) {
        this.book = Objects.requireNonNull(book, "book");
        this.home = book.municipalities().find(municipality).orElseThrow(() -> new IllegalArgumentException(
            "unknown municipality '" + municipality + "' (known: " + book.municipalities().ids() + ")"));
        this.handouts = new Handouts(book);
        this.warnings = new Warnings(book);
    }

    /** @throws IllegalArgumentException when the situation names a municipality the rule book lacks */
    public Verdict advise(Situation situation, LocalDate today) {
        Evidence evidence = new Evidence();
        MunicipalityProfile place = situation.municipality() == null ? home
            : book.municipalities().find(situation.municipality()).orElseThrow(
                () -> new IllegalArgumentException("unknown municipality '" + situation.municipality() + "'"));
        List<Blocker> blockers = book.eligibility().blockers(situation.residentRegistered(), situation.stay(), evidence);
        if (!blockers.isEmpty()) {
            return new Verdict(false, blockers, null, List.of(), List.of(), null, null, null, null, null,
                List.of(), List.of(), evidence.asOf(), evidence.sources());
        }
        HeldCardReading held = HeldCardReading.read(situation, today, book.validity(), evidence);
        Plan plan = Plan.of(situation, held, today, book, evidence);
        NewCardDates dates = plan.kind().issuesCard() && situation.dateOfBirth() != null
            ? NewCardDates.of(book.validity(), situation.dateOfBirth(), today, situation.stay(),
                situation.periodOfStayEnds(), situation.withCertificates(), evidence)
            : null;
        RouteAdvice routes = handouts.routes(plan, evidence);
        Set<Warning> warned = warnings.of(situation, plan, held, dates, today, evidence);
        int fee = book.fees().feeFor(plan.kind(), situation.withCertificates(), plan.procedures(), evidence);
        LocalDate specialUntil = plan.procedures().contains(CounterProcedure.SPECIAL_EXTENSION)
            && situation.periodOfStayEnds() != null
            ? book.validity().specialExtensionUntil(situation.periodOfStayEnds(), evidence) : null;
        return new Verdict(
            Situation.yes(situation.residentRegistered()) ? Boolean.TRUE : null,
            List.of(), routes.recommended(), routes.open(), List.copyOf(warned), fee,
            dates == null ? null : dates.cardValidUntil(),
            dates == null ? null : dates.certificatesValidUntil(),
            held.renewalWindowOpens(), specialUntil,
            handouts.phraseCards(plan, routes), handouts.checklist(plan, routes, place, evidence),
            evidence.asOf(), evidence.sources());
    }

    /** The route, phrase cards and checklist for a guidance screen, without asking the resident anything. */
    public Guidance guidanceFor(Need need) {
        Evidence evidence = new Evidence();
        Plan plan = need.plan();
        RouteAdvice routes = handouts.routes(plan, evidence);
        return new Guidance(need, routes.recommended(), handouts.phraseCards(plan, routes),
            handouts.checklist(plan, routes, home, evidence), evidence.asOf(), evidence.sources());
    }

    public RuleBook book() {
        return book;
    }
}
