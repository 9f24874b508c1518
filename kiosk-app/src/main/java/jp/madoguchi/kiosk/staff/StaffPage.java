package jp.madoguchi.kiosk.staff;

/** The staff screens. */
public enum StaffPage {
    SIGN_IN_ID, SIGN_IN_PIN, MENU, DEVICES, OUTBOX, TODAY, REISSUE_FIND, REISSUE_CHOOSE, REISSUE_CONFIRM, REISSUE_DONE;

    public boolean signedIn() {
        return this != SIGN_IN_ID && this != SIGN_IN_PIN;
    }
}
