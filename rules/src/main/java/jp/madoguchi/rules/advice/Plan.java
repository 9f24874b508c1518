package jp.madoguchi.rules.advice;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import jp.madoguchi.rules.RuleBook;
import jp.madoguchi.rules.data.Evidence;
import jp.madoguchi.rules.eligibility.Stay;
import jp.madoguchi.rules.fees.ApplicationKind;
import jp.madoguchi.rules.fees.CounterProcedure;
import jp.madoguchi.rules.routes.FormState;
import jp.madoguchi.rules.validity.Birthdays;
import jp.madoguchi.rules.validity.ExpiryCause;

/**
 * What the resident has to do: apply for a new card (of which kind, with which form) and/or do
 * procedures at the counter on the card they keep. Phrase cards, checklists and routes follow
 * from the plan alone, which is how the guidance screens get them without a full situation.
 */
record Plan(ApplicationKind kind, FormState form, Set<CounterProcedure> procedures, boolean submitted, Stay stay) {

    Plan {
        // enum order, so checklists come out in the same order every time
        procedures = procedures.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(procedures));
    }

    boolean applying() {
        return kind.issuesCard() && !submitted;
    }

    static Plan of(Situation s, HeldCardReading held, LocalDate today, RuleBook book, Evidence evidence) {
        ApplicationKind kind = kind(s, held);
        FormState form = FormState.of(s.hasForm(), s.formIdKnown(), s.movedSinceForm());
        if (kind.isReissue() && form == FormState.UNKNOWN) {
            form = FormState.NO_FORM; // the reissue form comes from the counter, where the fee is paid
        }
        Set<CounterProcedure> procedures = kind == ApplicationKind.NONE
            ? procedures(s, held, today, book, evidence) : Set.of();
        return new Plan(kind, form, procedures, Situation.yes(s.applicationSubmitted()), s.stay());
    }

    private static ApplicationKind kind(Situation s, HeldCardReading held) {
        if (Situation.yes(s.cardLostOrDamaged())) {
            return ApplicationKind.REISSUE_AFTER_LOSS_OR_DAMAGE;
        }
        if (s.card() == null) {
            return ApplicationKind.FIRST_ISSUANCE;
        }
        if (held.expired()) {
            return held.cardCause() == ExpiryCause.OWN ? ApplicationKind.RENEWAL_ON_EXPIRY : ApplicationKind.REISSUE_AFTER_LAPSE;
        }
        return held.cardWindowOpen() ? ApplicationKind.RENEWAL_ON_EXPIRY : ApplicationKind.NONE;
    }

    private static Set<CounterProcedure> procedures(Situation s, HeldCardReading held, LocalDate today, RuleBook book,
                                                    Evidence evidence) {
        Set<CounterProcedure> out = EnumSet.noneOf(CounterProcedure.class);
        boolean stayTied = Boolean.TRUE.equals(book.validity().cappedByStay(s.stay(), evidence))
            && held.cardCause() != ExpiryCause.OWN;
        LocalDate expires = s.card().expires();
        LocalDate stayEnds = s.periodOfStayEnds();
        if (stayTied && s.visaRenewedOn() != null) {
            if (expires == null || stayEnds == null || expires.isBefore(stayEnds)) {
                out.add(CounterProcedure.VALIDITY_EXTENSION);
            }
        } else if (stayTied && Situation.yes(s.visaRenewalPending()) && (stayEnds == null || !today.isAfter(stayEnds))) {
            out.add(CounterProcedure.SPECIAL_EXTENSION); // only while the card is still valid
        }
        if (held.certificateWindowOpen()) {
            out.add(CounterProcedure.CERTIFICATE_RENEWAL);
        }
        if (Situation.yes(s.nameOrAddressChanged()) && s.withCertificates() && signatureAge(s, today, book, evidence)) {
            out.add(CounterProcedure.SIGNATURE_CERTIFICATE_REISSUE);
        }
        return out;
    }

    /** Under 15s hold no signature certificate, so nothing of theirs is voided by a move. */
    private static boolean signatureAge(Situation s, LocalDate today, RuleBook book, Evidence evidence) {
        return s.dateOfBirth() == null
            || Birthdays.ageOn(s.dateOfBirth(), today) >= evidence.use(book.validity().signatureCertificateMinAge());
    }
}
