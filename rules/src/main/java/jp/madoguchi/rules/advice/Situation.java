package jp.madoguchi.rules.advice;

import java.time.LocalDate;
import jp.madoguchi.rules.eligibility.Stay;

/**
 * A resident's situation as the kiosk learnt it. Every field may be null, meaning "not known"
 * (the resident was not asked or did not say). Rules avoid advice that would be wrong for some
 * value of an unknown fact; the few defaults are stated where they apply (certificates are
 * wanted unless declined; a card with unknown dates of a resident with a period of stay is
 * treated as tied to it).
 *
 * @param periodOfStayEnds     the end date on the residence card the resident holds now
 * @param visaRenewedOn        when Immigration granted a renewal, if it did
 * @param card                 the card held now; null when none is held (or not known): a first
 *                             application unless {@code cardLostOrDamaged}
 * @param municipality         a municipality profile id; null means the kiosk's own
 * @param applicationSubmitted true once the resident has applied and waits for the card
 */
public record Situation(
    Boolean residentRegistered,
    Stay stay,
    LocalDate periodOfStayEnds,
    Boolean visaRenewalPending,
    LocalDate visaRenewedOn,
    LocalDate dateOfBirth,
    Boolean hasForm,
    Boolean formIdKnown,
    Boolean movedSinceForm,
    HeldCard card,
    Boolean cardLostOrDamaged,
    Boolean wantCertificates,
    Boolean nameOrAddressChanged,
    String municipality,
    Boolean applicationSubmitted) {

    /** Nothing known at all. */
    public static final Situation UNKNOWN = new Situation(null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null);

    static boolean yes(Boolean answer) {
        return Boolean.TRUE.equals(answer);
    }

    /** Certificates are loaded by default; only an explicit "no" leaves them out. */
    boolean withCertificates() {
        return !Boolean.FALSE.equals(wantCertificates);
    }
}
