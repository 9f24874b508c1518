package jp.madoguchi.kiosk.scenario.record;

import java.util.Locale;
import java.util.Optional;
import jp.madoguchi.kiosk.staff.StaffInput;

/** Staff's input in a scenario file's words, except the keys (the recorder gathers those into one step). */
final class StaffWords {
    private StaffWords() {
    }

    static Optional<String> of(StaffInput input) {
        String word;
        if (input instanceof StaffInput.Open o) {
            word = "{open: " + o.page().name().toLowerCase(Locale.ROOT) + "}";
        } else if (input instanceof StaffInput.Focus f) {
            word = "{focus: " + f.field().name().toLowerCase(Locale.ROOT) + "}";
        } else if (input instanceof StaffInput.Choose c) {
            word = "{choose: " + c.index() + "}";
        } else if (input instanceof StaffInput.CardChecked c) {
            word = "{card_checked: " + TapWords.yesNo(c.checked()) + "}";
        } else if (input instanceof StaffInput.FormLanguage l) {
            word = "{form_language: " + l.code() + "}";
        } else if (input instanceof StaffInput.Find) {
            word = "find";
        } else if (input instanceof StaffInput.IssueAndPrint) {
            word = "issue_and_print";
        } else if (input instanceof StaffInput.PrintAgain) {
            word = "print_again";
        } else if (input instanceof StaffInput.ApplyNow) {
            word = "apply_now";
        } else if (input instanceof StaffInput.RetryOutbox) {
            word = "retry_outbox";
        } else if (input instanceof StaffInput.TestPage) {
            word = "test_page";
        } else if (input instanceof StaffInput.SwitchLanguage) {
            word = "switch_language";
        } else if (input instanceof StaffInput.Back) {
            word = "back";
        } else if (input instanceof StaffInput.Erase) {
            word = "erase";
        } else if (input instanceof StaffInput.SignOut) {
            word = "sign_out";
        } else if (input instanceof StaffInput.ExitKiosk) {
            word = "exit_kiosk";
        } else {
            return Optional.empty(); // accepting a head covering has no scenario word yet
        }
        return Optional.of("staff: " + word);
    }
}
