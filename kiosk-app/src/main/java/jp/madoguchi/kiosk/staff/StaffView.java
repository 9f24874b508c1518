package jp.madoguchi.kiosk.staff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.devices.api.DeviceCondition;
import jp.madoguchi.devices.api.DeviceKind;
import jp.madoguchi.devices.api.RegisteredResident;
import jp.madoguchi.devices.api.ReissuedForm;

/**
 * What the staff screens show, copied out under the flow's lock. The reissue part holds personal
 * data (the resident's name, address, date of birth, new form ID) while the task lasts; it is
 * dropped with the task.
 *
 * @param staffLanguage  "ja" or "en"
 * @param staffId        the signed-in member of staff
 * @param residentWaiting a resident called staff and is waiting
 * @param headCoveringToJudge the resident's photo was refused for a head covering alone: staff may allow it
 * @param notice         a message for staff (a key of the staff bundle and its arguments)
 */
public record StaffView(StaffPage page, String staffLanguage, Optional<String> staffId, boolean residentWaiting,
                        boolean headCoveringToJudge, SignIn signIn, List<DeviceRow> devices, boolean outboxConnected, OutboxView.Summary outbox,
                        DayTally.Counts today, Reissue reissue, Optional<Notice> notice) {
    /** A message for staff from the staff bundle, with its arguments (never personal data beyond four digits). */
    public record Notice(String key, List<String> args) {
        public Notice {
            args = List.copyOf(args);
        }

        public static Notice of(String key, Object... args) {
            return new Notice(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
        }
    }

    /** @param typedId the staff ID as typed (not secret); @param pinLength how many PIN digits are typed (shown as dots) */
    public record SignIn(String typedId, int pinLength, Optional<Instant> lockedUntil) {
    }

    public record DeviceRow(DeviceKind kind, String description, DeviceCondition condition, Instant since) {
    }

    /**
     * The reissue task.
     *
     * @param born digits typed so far of the date of birth, YYYYMMDD
     */
    public record Reissue(ReissueField focus, String name, String born, String code, List<RegisteredResident> found,
                          Optional<RegisteredResident> chosen, boolean cardChecked, String formLanguage,
                          List<String> formLanguages, Optional<ReissuedForm> issued, boolean printed) {
        public Reissue {
            found = List.copyOf(found);
            formLanguages = List.copyOf(formLanguages);
        }

        @Override
        public String toString() {
            return "Reissue[personal data not shown]";
        }
    }

    public boolean signedIn() {
        return page.signedIn();
    }
}
