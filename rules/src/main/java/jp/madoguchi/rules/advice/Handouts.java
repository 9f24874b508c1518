package jp.madoguchi.rules.advice;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.madoguchi.rules.RuleBook;
import jp.madoguchi.rules.data.Evidence;
import jp.madoguchi.rules.eligibility.Stay;
import jp.madoguchi.rules.fees.CounterProcedure;
import jp.madoguchi.rules.local.MunicipalityProfile;
import jp.madoguchi.rules.phrases.PhraseCard;
import jp.madoguchi.rules.routes.ChecklistItem;
import jp.madoguchi.rules.routes.FormState;
import jp.madoguchi.rules.routes.Occasion;
import jp.madoguchi.rules.routes.Route;
import jp.madoguchi.rules.routes.RouteAdvice;

/** The routes, phrase cards and checklist that follow from a plan: what the resident takes away. */
final class Handouts {
    private final RuleBook book;

    Handouts(RuleBook book) {
        this.book = book;
    }

    RouteAdvice routes(Plan plan, Evidence evidence) {
        if (plan.applying()) {
            return book.routes().choose(plan.form(), evidence);
        }
        return plan.procedures().isEmpty() ? RouteAdvice.NONE : RouteAdvice.COUNTER_ONLY;
    }

    List<PhraseCard> phraseCards(Plan plan, RouteAdvice routes) {
        Set<PhraseCard> cards = EnumSet.noneOf(PhraseCard.class);
        if (plan.applying()) {
            cards.add(PhraseCard.APPLY);
            if (plan.form() == FormState.NO_FORM || plan.form() == FormState.NO_ID) {
                cards.add(PhraseCard.LOST_FORM_REISSUE);
            }
            if (routes.recommended() == Route.D) {
                cards.add(PhraseCard.COUNTER_HELP);
            }
        }
        for (CounterProcedure procedure : plan.procedures()) {
            cards.add(switch (procedure) {
                case VALIDITY_EXTENSION -> PhraseCard.EXTEND_AFTER_RENEWAL;
                case SPECIAL_EXTENSION -> PhraseCard.SPECIAL_EXTENSION;
                case CERTIFICATE_RENEWAL, SIGNATURE_CERTIFICATE_REISSUE -> PhraseCard.RENEW_CERTIFICATES;
            });
        }
        return List.copyOf(cards);
    }

    List<ChecklistItem> checklist(Plan plan, RouteAdvice routes, MunicipalityProfile home, Evidence evidence) {
        Set<ChecklistItem> items = new LinkedHashSet<>();
        if (plan.kind().issuesCard() && plan.submitted()) {
            if (Boolean.TRUE.equals(home.pickupReservationRequired())) {
                evidence.cite(home.provenance().source(), home.provenance().asOf());
                items.add(ChecklistItem.RESERVE_PICKUP);
            }
            items.addAll(book.checklists().items(Occasion.PICKUP, evidence));
        } else if (plan.applying() && routes.recommended() == Route.D) {
            Occasion visit = plan.kind().isReissue() ? Occasion.CARD_REISSUE : Occasion.COUNTER_APPLICATION;
            items.addAll(book.checklists().items(visit, evidence));
        } else if (plan.applying() && routes.recommended() == Route.B) {
            items.addAll(book.checklists().items(Occasion.MAIL_APPLICATION, evidence));
        }
        for (CounterProcedure procedure : plan.procedures()) {
            items.addAll(book.checklists().items(occasion(procedure), evidence));
        }
        return plan.stay() == Stay.SPECIAL_PERMANENT ? forSpecialPermanentResidents(items) : List.copyOf(items);
    }

    private static Occasion occasion(CounterProcedure procedure) {
        return switch (procedure) {
            case VALIDITY_EXTENSION -> Occasion.VALIDITY_EXTENSION;
            case SPECIAL_EXTENSION -> Occasion.SPECIAL_EXTENSION;
            case CERTIFICATE_RENEWAL, SIGNATURE_CERTIFICATE_REISSUE -> Occasion.CERTIFICATE_RENEWAL;
        };
    }

    /** Special permanent residents carry a Special Permanent Resident Certificate, not a residence card. */
    private static List<ChecklistItem> forSpecialPermanentResidents(Set<ChecklistItem> items) {
        List<ChecklistItem> out = new ArrayList<>();
        for (ChecklistItem item : items) {
            out.add(item == ChecklistItem.RESIDENCE_CARD ? ChecklistItem.SPECIAL_PERMANENT_RESIDENT_CERTIFICATE : item);
        }
        return out;
    }
}
