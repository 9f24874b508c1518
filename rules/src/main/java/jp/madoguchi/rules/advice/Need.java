package jp.madoguchi.rules.advice;

import java.util.Set;
import jp.madoguchi.rules.fees.ApplicationKind;
import jp.madoguchi.rules.fees.CounterProcedure;
import jp.madoguchi.rules.routes.FormState;

/** The resident needs the foundation flow's guidance screens offer, each read as a plan. */
public enum Need {
    /** Apply now, with a form whose ID the kiosk can scan. */
    APPLY(new Plan(ApplicationKind.FIRST_ISSUANCE, FormState.VALID_ID, Set.of(), false, null)),
    /** Lost, never received or cannot find the form. */
    LOST_FORM(new Plan(ApplicationKind.FIRST_ISSUANCE, FormState.NO_FORM, Set.of(), false, null)),
    /** Immigration renewed the visa: the card must be extended at the counter. */
    VISA_RENEWED(new Plan(ApplicationKind.NONE, FormState.UNKNOWN, Set.of(CounterProcedure.VALIDITY_EXTENSION), false, null)),
    CERTIFICATE_RENEWAL(new Plan(ApplicationKind.NONE, FormState.UNKNOWN, Set.of(CounterProcedure.CERTIFICATE_RENEWAL), false, null)),
    /** Applied already; getting ready to collect the card. */
    PICKUP_PREPARATION(new Plan(ApplicationKind.FIRST_ISSUANCE, FormState.UNKNOWN, Set.of(), true, null));

    private final Plan plan;

    Need(Plan plan) {
        this.plan = plan;
    }

    Plan plan() {
        return plan;
    }
}
