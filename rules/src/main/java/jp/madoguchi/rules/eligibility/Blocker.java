package jp.madoguchi.rules.eligibility;

/** Why a resident cannot apply for a My Number Card at all. Stable codes; the kiosk translates them. */
public enum Blocker {
    NOT_ON_RESIDENT_REGISTER,
    SHORT_TERM_VISITOR
}
