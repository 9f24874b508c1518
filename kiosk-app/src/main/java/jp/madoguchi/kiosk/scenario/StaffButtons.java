package jp.madoguchi.kiosk.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import jp.madoguchi.kiosk.staff.StaffInput;

/**
 * The staff buttons a scenario names by one word ({@code staff: find}), in one table that reading a
 * scenario and recording one both use, so a new button cannot be readable but not recordable.
 */
public final class StaffButtons {
    private static final Map<String, Supplier<StaffInput>> BY_WORD = new LinkedHashMap<>();

    static {
        BY_WORD.put("find", StaffInput.Find::new);
        BY_WORD.put("issue_and_print", StaffInput.IssueAndPrint::new);
        BY_WORD.put("print_again", StaffInput.PrintAgain::new);
        BY_WORD.put("apply_now", StaffInput.ApplyNow::new);
        BY_WORD.put("accept_head_covering", StaffInput.AcceptHeadCovering::new);
        BY_WORD.put("retry_outbox", StaffInput.RetryOutbox::new);
        BY_WORD.put("test_page", StaffInput.TestPage::new);
        BY_WORD.put("switch_language", StaffInput.SwitchLanguage::new);
        BY_WORD.put("back", StaffInput.Back::new);
        BY_WORD.put("erase", StaffInput.Erase::new);
        BY_WORD.put("sign_out", StaffInput.SignOut::new);
        BY_WORD.put("exit_kiosk", StaffInput.ExitKiosk::new);
    }

    private StaffButtons() {
    }

    static java.util.Set<String> words() {
        return BY_WORD.keySet();
    }

    static Optional<StaffInput> input(String word) {
        return Optional.ofNullable(BY_WORD.get(word)).map(Supplier::get);
    }

    /** The word for a button's input (these inputs carry no values, so equal records are the same button). */
    public static Optional<String> word(StaffInput input) {
        return BY_WORD.entrySet().stream().filter(e -> e.getValue().get().equals(input)).map(Map.Entry::getKey).findFirst();
    }
}
