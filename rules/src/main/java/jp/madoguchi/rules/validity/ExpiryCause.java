package jp.madoguchi.rules.validity;

/** Why a card or its certificates expire on a given date. */
public enum ExpiryCause {
    /** The birthday-based expiry: renewed free from the renewal window on. */
    OWN,
    /** The period-of-stay end: extended at the municipal office after a visa renewal. */
    TIED
}
