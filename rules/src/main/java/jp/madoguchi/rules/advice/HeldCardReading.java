package jp.madoguchi.rules.advice;

import java.time.LocalDate;
import jp.madoguchi.rules.data.Evidence;
import jp.madoguchi.rules.validity.ExpiryCause;
import jp.madoguchi.rules.validity.ValidityRules;

/**
 * What the dates on the resident's current card mean today: expired or not, whether each expiry
 * is the card's own or the period of stay's, and whether a renewal window is open. Renewal
 * windows exist only for own expiries: a stay-tied card is extended, not renewed.
 *
 * @param cardCause null when the card's expiry date is unknown
 */
record HeldCardReading(boolean expired, ExpiryCause cardCause, LocalDate renewalWindowOpens,
                       boolean cardWindowOpen, boolean certificateWindowOpen) {

    /** No current card to read (none held, or lost). */
    static final HeldCardReading NONE = new HeldCardReading(false, null, null, false, false);

    static HeldCardReading read(Situation situation, LocalDate today, ValidityRules rules, Evidence evidence) {
        HeldCard card = situation.card();
        if (card == null || Situation.yes(situation.cardLostOrDamaged())) {
            return NONE;
        }
        ExpiryCause cardCause = cause(card.expires(), situation, rules, evidence);
        boolean expired = card.expires() != null && card.expires().isBefore(today);
        if (expired && cardCause == ExpiryCause.TIED) {
            return new HeldCardReading(true, cardCause, null, false, false); // lapsed: a new card, nothing to renew
        }
        ExpiryCause certificateCause = cause(card.certificatesExpire(), situation, rules, evidence);
        LocalDate cardOpens = cardCause == ExpiryCause.OWN ? rules.renewalWindowOpens(card.expires(), evidence) : null;
        LocalDate certificateOpens = certificateCause == ExpiryCause.OWN
            ? rules.renewalWindowOpens(card.certificatesExpire(), evidence) : null;
        return new HeldCardReading(expired, cardCause, earlier(cardOpens, certificateOpens),
            reached(cardOpens, today), reached(certificateOpens, today));
    }

    private static ExpiryCause cause(LocalDate expiry, Situation s, ValidityRules rules, Evidence evidence) {
        return expiry == null ? null
            : rules.causeOf(expiry, s.stay(), s.dateOfBirth(), s.periodOfStayEnds(), s.visaRenewedOn(), evidence);
    }

    private static boolean reached(LocalDate opens, LocalDate today) {
        return opens != null && !today.isBefore(opens);
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.isBefore(b) ? a : b;
    }
}
