package jp.madoguchi.rules.eligibility;

import java.time.LocalDate;
import java.util.List;
import jp.madoguchi.rules.data.DataNode;
import jp.madoguchi.rules.data.Evidence;
import jp.madoguchi.rules.data.Figure;

/**
 * The optional integrated card (特定在留カード) combining residence card and My Number functions.
 * The advice depends on today: don't wait for it if the card is needed now; consider it only when
 * a residence-card procedure falls on or after its start and is near enough to act on.
 */
public record IntegratedCard(Figure<LocalDate> effective, Figure<List<Stay>> eligibleStays, Figure<Integer> considerWithinMonths) {

    public static IntegratedCard read(DataNode root) {
        root.allowOnly("effective", "eligible_stays", "consider_within_months");
        return new IntegratedCard(
            root.figure("effective", DataNode::date),
            root.figure("eligible_stays", Stay::readList),
            root.figure("consider_within_months", (n, f) -> n.wholeNumber(f, 0, 24)));
    }

    /**
     * @param periodOfStayEnds when the resident's residence card must next be renewed (null: unknown)
     * @param renewalPending   a renewal already lodged at Immigration counts as a procedure today
     */
    public boolean worthConsidering(Stay stay, LocalDate periodOfStayEnds, boolean renewalPending, LocalDate today,
                                    Evidence evidence) {
        if (stay == null || !evidence.use(eligibleStays).contains(stay)) {
            return false;
        }
        LocalDate procedure = renewalPending ? today : periodOfStayEnds;
        if (procedure == null) {
            return false;
        }
        LocalDate start = evidence.use(effective);
        LocalDate horizon = today.plusMonths(evidence.use(considerWithinMonths));
        return !procedure.isBefore(start) && !procedure.isAfter(horizon);
    }
}
