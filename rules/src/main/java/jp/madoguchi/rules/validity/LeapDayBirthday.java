package jp.madoguchi.rules.validity;

/** Which day counts as the birthday, in a common year, of someone born on 29 February. */
public enum LeapDayBirthday {
    FEB_28,
    MAR_1
}
