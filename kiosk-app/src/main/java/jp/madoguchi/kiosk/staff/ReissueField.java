package jp.madoguchi.kiosk.staff;

/** The reissue search's fields: name and date of birth (YYYYMMDD), or the resident code. */
public enum ReissueField {
    NAME, BIRTH, CODE
}
