package jp.madoguchi.rules.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.rules.data.DataNode;
import jp.madoguchi.rules.data.Evidence;
import jp.madoguchi.rules.data.Figure;

/** Who may apply, and when the residence card must be renewed at Immigration first. */
public record EligibilityRules(
    Figure<Boolean> residentRegisterRequired,
    Figure<Boolean> shortTermVisitorsExcluded,
    Figure<Integer> renewResidenceCardFirstWithinMonths) {

    public static EligibilityRules read(DataNode root) {
        root.allowOnly("resident_register_required", "short_term_visitors_excluded", "renew_residence_card_first_within_months");
        return new EligibilityRules(
            root.figure("resident_register_required", DataNode::flag),
            root.figure("short_term_visitors_excluded", DataNode::flag),
            root.figure("renew_residence_card_first_within_months", (n, f) -> n.wholeNumber(f, 0, 12)));
    }

    /** Blockers for what is known; unknown registration or stay blocks nothing. */
    public List<Blocker> blockers(Boolean residentRegistered, Stay stay, Evidence evidence) {
        List<Blocker> out = new ArrayList<>();
        if (Boolean.FALSE.equals(residentRegistered) && evidence.use(residentRegisterRequired)) {
            out.add(Blocker.NOT_ON_RESIDENT_REGISTER);
        }
        if (stay == Stay.SHORT_TERM && evidence.use(shortTermVisitorsExcluded)) {
            out.add(Blocker.SHORT_TERM_VISITOR);
        }
        return out;
    }

    /**
     * True when the period of stay ends within "about one month": on or before the same day of
     * the next month. A card applied for now would be made with that end date and could expire
     * before the resident picks it up.
     */
    public boolean renewResidenceCardFirst(LocalDate periodOfStayEnds, LocalDate today, Evidence evidence) {
        int months = evidence.use(renewResidenceCardFirstWithinMonths);
        return !periodOfStayEnds.isAfter(today.plusMonths(months));
    }
}
