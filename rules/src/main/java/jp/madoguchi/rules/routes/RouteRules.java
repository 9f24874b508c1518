package jp.madoguchi.rules.routes;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.madoguchi.rules.data.DataNode;
import jp.madoguchi.rules.data.Evidence;
import jp.madoguchi.rules.data.Figure;

/** Which routes need the 23-digit ID, and which route to recommend for a form state. */
public record RouteRules(Map<Route, Figure<Boolean>> needsFormId) {

    public RouteRules {
        needsFormId = Map.copyOf(needsFormId);
    }

    public static RouteRules read(DataNode root) {
        root.allowOnly("A", "B", "C", "D");
        Map<Route, Figure<Boolean>> needs = new EnumMap<>(Route.class);
        for (Route route : Route.values()) {
            needs.put(route, root.object(route.name()).allowOnly("needs_form_id").figure("needs_form_id", DataNode::flag));
        }
        return new RouteRules(needs);
    }

    /**
     * Open: every route not known to be closed (an unknown form state closes nothing).
     * Recommended: C, this kiosk, with a valid ID; D, the counter, when the form is missing, has
     * no ID or is outdated, because staff issue a new one on the spot; B, mail, when the form
     * state is unknown, since it works whatever the resident holds.
     */
    public RouteAdvice choose(FormState form, Evidence evidence) {
        List<Route> open = new ArrayList<>();
        for (Route route : Route.values()) {
            boolean needsId = evidence.use(needsFormId.get(route));
            if (!needsId || form == FormState.VALID_ID || form == FormState.UNKNOWN) {
                open.add(route);
            }
        }
        Route recommended = switch (form) {
            case VALID_ID -> Route.C;
            case NO_FORM, NO_ID, OUTDATED -> Route.D;
            case UNKNOWN -> Route.B;
        };
        return new RouteAdvice(recommended, open);
    }
}
