package jp.madoguchi.rules.advice;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import jp.madoguchi.rules.RuleBook;
import jp.madoguchi.rules.data.Evidence;
import jp.madoguchi.rules.fees.ApplicationKind;
import jp.madoguchi.rules.fees.CounterProcedure;
import jp.madoguchi.rules.routes.FormState;
import jp.madoguchi.rules.validity.ExpiryCause;
import jp.madoguchi.rules.validity.NewCardDates;

/** Which warnings a situation earns. Each condition is written to stay silent when a fact is unknown. */
final class Warnings {
    private final RuleBook book;

    Warnings(RuleBook book) {
        this.book = book;
    }

    /** @param dates the new card's dates, or null when no card is made or the date of birth is unknown */
    Set<Warning> of(Situation s, Plan plan, HeldCardReading held, NewCardDates dates, LocalDate today, Evidence evidence) {
        Set<Warning> out = EnumSet.noneOf(Warning.class);
        boolean stayTied = Boolean.TRUE.equals(book.validity().cappedByStay(s.stay(), evidence));
        LocalDate stayEnds = s.periodOfStayEnds();
        if (plan.applying() && stayTied && stayEnds != null
            && book.eligibility().renewResidenceCardFirst(stayEnds, today, evidence)) {
            out.add(Warning.RENEW_RESIDENCE_CARD_FIRST);
        }
        if (stayTied && tiedToStay(plan, held, dates)) {
            out.add(Warning.VALIDITY_TIED_TO_PERIOD_OF_STAY);
        }
        if (plan.procedures().contains(CounterProcedure.VALIDITY_EXTENSION)) {
            out.add(Warning.EXTEND_CARD_AFTER_VISA_RENEWAL);
        }
        if (plan.procedures().contains(CounterProcedure.SPECIAL_EXTENSION)) {
            out.add(Warning.SPECIAL_EXTENSION_AVAILABLE);
            LocalDate specialPeriodEnds = stayEnds == null ? today : book.validity().specialExtensionUntil(stayEnds, evidence);
            if (book.validity().onlineImmigrationLimitApplies(specialPeriodEnds, evidence)) {
                out.add(Warning.ONLINE_IMMIGRATION_LIMIT_IN_SPECIAL_PERIOD);
            }
        }
        if (held.cardWindowOpen() || held.certificateWindowOpen()) {
            out.add(Warning.RENEWAL_WINDOW_OPEN);
        }
        if (plan.procedures().contains(CounterProcedure.SIGNATURE_CERTIFICATE_REISSUE)) {
            out.add(Warning.SIGNATURE_CERTIFICATE_NEEDS_REISSUE);
        }
        if (plan.applying() && plan.form() == FormState.OUTDATED) {
            out.add(Warning.FORM_OUTDATED_AFTER_MOVE);
        }
        if (plan.applying() && (plan.form() == FormState.NO_FORM || plan.form() == FormState.NO_ID)) {
            out.add(Warning.NO_FORM_ASK_COUNTER);
        }
        if (book.integratedCard().worthConsidering(s.stay(), stayEnds, Situation.yes(s.visaRenewalPending()), today, evidence)) {
            out.add(Warning.INTEGRATED_CARD_OPTION);
        }
        if (plan.kind().issuesCard() && evidence.use(book.afterApplying().noticeNonForwarding())) {
            out.add(Warning.NOTICE_IS_NON_FORWARDING);
        }
        if (plan.kind() == ApplicationKind.REISSUE_AFTER_LAPSE) {
            out.add(Warning.CARD_LAPSED_WITH_PERIOD_OF_STAY);
        }
        if (plan.kind().issuesCard() && dates != null && !dates.signatureCertificate() && s.withCertificates()) {
            out.add(Warning.NO_SIGNATURE_CERTIFICATE_UNDER_15);
        }
        return out;
    }

    /** A new card capped (or possibly capped) by the stay, or a kept card whose expiry is the stay's. */
    private static boolean tiedToStay(Plan plan, HeldCardReading held, NewCardDates dates) {
        if (plan.kind().issuesCard()) {
            return dates == null || !Boolean.FALSE.equals(dates.cappedByStay());
        }
        return held.cardCause() != ExpiryCause.OWN;
    }
}
