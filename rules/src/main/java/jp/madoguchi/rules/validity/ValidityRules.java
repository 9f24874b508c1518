package jp.madoguchi.rules.validity;

import java.time.LocalDate;
import java.util.List;
import jp.madoguchi.rules.data.DataNode;
import jp.madoguchi.rules.data.Evidence;
import jp.madoguchi.rules.data.Figure;
import jp.madoguchi.rules.eligibility.Stay;

/** How long a card and its certificates last, and the dated procedures around their expiry. */
public record ValidityRules(
    Figure<Integer> adultAgeAtIssue,
    Figure<Integer> adultCardBirthdays,
    Figure<Integer> minorCardBirthdays,
    Figure<Integer> certificateBirthdays,
    Figure<Integer> signatureCertificateMinAge,
    Figure<List<Stay>> statusesWithoutStayCap,
    Figure<LeapDayBirthday> leapDayBirthday,
    Figure<Integer> renewalWindowMonths,
    Figure<Integer> specialExtensionMonths,
    Figure<LocalDate> onlineImmigrationLimitFrom) {

    public static ValidityRules read(DataNode root) {
        root.allowOnly("adult_age_at_issue", "adult_card_birthdays", "minor_card_birthdays", "certificate_birthdays",
            "signature_certificate_min_age", "statuses_without_stay_cap", "leap_day_birthday_in_common_years",
            "renewal_window_months", "special_extension_months", "online_immigration_limit_from");
        return new ValidityRules(
            root.figure("adult_age_at_issue", (n, f) -> n.wholeNumber(f, 0, 30)),
            root.figure("adult_card_birthdays", (n, f) -> n.wholeNumber(f, 1, 20)),
            root.figure("minor_card_birthdays", (n, f) -> n.wholeNumber(f, 1, 20)),
            root.figure("certificate_birthdays", (n, f) -> n.wholeNumber(f, 1, 20)),
            root.figure("signature_certificate_min_age", (n, f) -> n.wholeNumber(f, 0, 30)),
            root.figure("statuses_without_stay_cap", Stay::readList),
            root.figure("leap_day_birthday_in_common_years", ValidityRules::leapDay),
            root.figure("renewal_window_months", (n, f) -> n.wholeNumber(f, 1, 12)),
            root.figure("special_extension_months", (n, f) -> n.wholeNumber(f, 1, 12)),
            root.figure("online_immigration_limit_from", DataNode::date));
    }

    /** True when a card for this stay ends with the period of stay; null when the stay is unknown. */
    public Boolean cappedByStay(Stay stay, Evidence evidence) {
        if (stay == null) {
            return null;
        }
        return !evidence.use(statusesWithoutStayCap).contains(stay);
    }

    /** The first day on which a card or certificates expiring on {@code expiry} can be renewed. */
    public LocalDate renewalWindowOpens(LocalDate expiry, Evidence evidence) {
        return CivilPeriods.windowOpens(expiry, evidence.use(renewalWindowMonths));
    }

    /** The latest the special extension can reach: the decision may come earlier and end it sooner. */
    public LocalDate specialExtensionUntil(LocalDate periodOfStayEnds, Evidence evidence) {
        return CivilPeriods.monthsPassedFrom(periodOfStayEnds, evidence.use(specialExtensionMonths));
    }

    /**
     * True when a special period lasting until {@code specialPeriodEnds} reaches the day from which
     * Immigration's online system refuses additional documents from residents whose card was not
     * extended (read broadly: any overlap, since the notice does not exempt periods already begun).
     */
    public boolean onlineImmigrationLimitApplies(LocalDate specialPeriodEnds, Evidence evidence) {
        return !specialPeriodEnds.isBefore(evidence.use(onlineImmigrationLimitFrom));
    }

    /**
     * Whether an existing card's (or certificates') expiry date is its own birthday-based expiry or
     * the period-of-stay end. A stay-tied card is extended after a visa renewal, not renewed, and
     * once it lapses it is reissued for a fee.
     */
    public ExpiryCause causeOf(LocalDate expiry, Stay stay, LocalDate born, LocalDate periodOfStayEnds,
                               LocalDate visaRenewedOn, Evidence evidence) {
        if (!Boolean.TRUE.equals(cappedByStay(stay, evidence))) {
            return ExpiryCause.OWN; // no period of stay, or unknown stay: nothing ties it
        }
        if (born != null) {
            return Birthdays.isBirthday(born, expiry, evidence.use(leapDayBirthday)) ? ExpiryCause.OWN : ExpiryCause.TIED;
        }
        boolean beforeStayEnd = periodOfStayEnds != null && expiry.isBefore(periodOfStayEnds);
        return beforeStayEnd && visaRenewedOn == null ? ExpiryCause.OWN : ExpiryCause.TIED;
    }

    private static LeapDayBirthday leapDay(DataNode node, String field) {
        String text = node.text(field);
        try {
            return LeapDayBirthday.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw node.fail(field, "must be FEB_28 or MAR_1, got '" + text + "'");
        }
    }
}
