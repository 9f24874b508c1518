package jp.madoguchi.kiosk.staff;

/**
 * What staff do on the staff screens. The flow passes these to {@link StaffDesk} while the kiosk is
 * in staff mode; they never reach the resident's steps.
 */
public sealed interface StaffInput {
    /** A key on the digit keypad: staff ID, PIN, resident code, date of birth. Never printed. */
    record Digit(int digit) implements StaffInput {
        @Override
        public String toString() {
            return "Digit[]";
        }
    }

    /** A letter (or space) of the on-screen keyboard, for the resident's name. Never printed. */
    record Letter(char letter) implements StaffInput {
        @Override
        public String toString() {
            return "Letter[]";
        }
    }

    record Erase() implements StaffInput {
    }

    /** OK on the keypad: the staff ID or PIN is complete. */
    record Enter() implements StaffInput {
    }

    /** A page from the menu. */
    record Open(StaffPage page) implements StaffInput {
    }

    /** Back one step (to the menu from a page). */
    record Back() implements StaffInput {
    }

    /** Which reissue search field the keys type into. */
    record Focus(ReissueField field) implements StaffInput {
    }

    record Find() implements StaffInput {
    }

    /** One resident from the search results. */
    record Choose(int index) implements StaffInput {
    }

    /** Staff ticked (or unticked) that they checked the resident's residence card in person. */
    record CardChecked(boolean checked) implements StaffInput {
    }

    /** The language of the reissued form's headings (the resident's). */
    record FormLanguage(String code) implements StaffInput {
    }

    record IssueAndPrint() implements StaffInput {
    }

    record PrintAgain() implements StaffInput {
    }

    /** Hand the kiosk to the resident at the scan step, to apply with the new form now. */
    record ApplyNow() implements StaffInput {
    }

    /**
     * Staff saw the resident's head covering is worn for religious or medical reasons and the face
     * outline is visible: the refused photo is taken after all.
     */
    record AcceptHeadCovering() implements StaffInput {
    }

    record RetryOutbox() implements StaffInput {
    }

    record TestPage() implements StaffInput {
    }

    /** Staff screens in English or Japanese. */
    record SwitchLanguage() implements StaffInput {
    }

    /** Sign out and give the kiosk back to residents. */
    record SignOut() implements StaffInput {
    }

    /** Close the kiosk program (maintenance). */
    record ExitKiosk() implements StaffInput {
    }
}
