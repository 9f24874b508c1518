package jp.madoguchi.kiosk.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.madoguchi.devices.api.DeviceCondition;
import jp.madoguchi.devices.api.DeviceKind;
import jp.madoguchi.devices.api.RegisteredResident;
import jp.madoguchi.devices.api.ReissuedForm;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.kiosk.staff.DayTally;
import jp.madoguchi.kiosk.staff.OutboxView;
import jp.madoguchi.kiosk.staff.ReissueField;
import jp.madoguchi.kiosk.staff.StaffPage;
import jp.madoguchi.kiosk.staff.StaffView;

/** One sample per staff screen, with made-up residents (as in the simulator's register), for screenshots. */
final class SampleStaffViews {
    private static final Instant NOW = Instant.parse("2026-11-24T01:00:00Z");
    private static final RegisteredResident AN = new RegisteredResident("20260001", "NGUYEN VAN AN",
        "東京都新宿区百人町九丁目99番9号 まどぐちハイツ305", LocalDate.of(1995, 4, 2), Optional.of("4821"));
    private static final RegisteredResident AN2 = new RegisteredResident("20260002", "NGUYEN VAN AN",
        "東京都新宿区大久保九丁目98番1号 さくら荘201", LocalDate.of(1995, 4, 2), Optional.of("0397"));
    private static final List<String> LANGUAGES = java.util.Arrays.stream(Language.values()).map(Language::code).toList();

    private SampleStaffViews() {
    }

    static Map<String, StaffView> all(String lang) {
        Map<String, StaffView> out = new LinkedHashMap<>();
        out.put("staff-sign-in", view(lang, StaffPage.SIGN_IN_ID, false).signIn("42", 0).build());
        out.put("staff-pin-wrong", view(lang, StaffPage.SIGN_IN_PIN, false).signIn("0042", 3)
            .notice(StaffView.Notice.of("signIn.wrong", 3)).build());
        out.put("staff-locked", view(lang, StaffPage.SIGN_IN_PIN, false).signIn("0042", 0)
            .notice(StaffView.Notice.of("signIn.locked", "10:05:00")).build());
        out.put("staff-menu", view(lang, StaffPage.MENU, true).waiting().headCovering().build());
        out.put("staff-devices", view(lang, StaffPage.DEVICES, true).build());
        out.put("staff-outbox", view(lang, StaffPage.OUTBOX, true).build());
        out.put("staff-today", view(lang, StaffPage.TODAY, true).build());
        out.put("staff-reissue-find", view(lang, StaffPage.REISSUE_FIND, true)
            .reissue(new StaffView.Reissue(ReissueField.BIRTH, "NGUYEN VAN AN", "199504", "", List.of(), Optional.empty(),
                false, "vi", LANGUAGES, Optional.empty(), false)).build());
        out.put("staff-reissue-find-name", view(lang, StaffPage.REISSUE_FIND, true)
            .reissue(new StaffView.Reissue(ReissueField.NAME, "NGUYEN VA", "", "", List.of(), Optional.empty(),
                false, "vi", LANGUAGES, Optional.empty(), false)).build());
        out.put("staff-reissue-choose", view(lang, StaffPage.REISSUE_CHOOSE, true)
            .reissue(new StaffView.Reissue(ReissueField.BIRTH, "NGUYEN VAN AN", "19950402", "", List.of(AN, AN2),
                Optional.empty(), false, "vi", LANGUAGES, Optional.empty(), false)).build());
        out.put("staff-reissue-confirm", view(lang, StaffPage.REISSUE_CONFIRM, true)
            .reissue(new StaffView.Reissue(ReissueField.BIRTH, "", "", "", List.of(AN), Optional.of(AN), true, "vi",
                LANGUAGES, Optional.empty(), false)).build());
        out.put("staff-reissue-done", view(lang, StaffPage.REISSUE_DONE, true)
            .reissue(new StaffView.Reissue(ReissueField.BIRTH, "", "", "", List.of(AN), Optional.of(AN), true, "vi",
                LANGUAGES, Optional.of(new ReissuedForm("98765432109876543210987", Optional.of("4821"), NOW)), true)).build());
        return out;
    }

    private static Builder view(String lang, StaffPage page, boolean signedIn) {
        return new Builder(lang, page, signedIn);
    }

    private static final class Builder {
        private final String lang;
        private final StaffPage page;
        private final boolean signedIn;
        private StaffView.SignIn signIn = new StaffView.SignIn("", 0, Optional.empty());
        private boolean waiting;
        private boolean headCovering;
        private StaffView.Notice notice;
        private StaffView.Reissue reissue = new StaffView.Reissue(ReissueField.NAME, "", "", "", List.of(), Optional.empty(),
            false, "ja", LANGUAGES, Optional.empty(), false);

        Builder(String lang, StaffPage page, boolean signedIn) {
            this.lang = lang;
            this.page = page;
            this.signedIn = signedIn;
        }

        Builder signIn(String id, int pinDigits) { signIn = new StaffView.SignIn(id, pinDigits, Optional.empty()); return this; }
        Builder waiting() { waiting = true; return this; }
        /** The waiting resident's photo was refused for a headscarf alone: the menu offers to allow it. */
        Builder headCovering() { headCovering = true; return this; }
        Builder notice(StaffView.Notice n) { notice = n; return this; }
        Builder reissue(StaffView.Reissue r) { reissue = r; return this; }

        StaffView build() {
            List<StaffView.DeviceRow> devices = List.of(
                new StaffView.DeviceRow(DeviceKind.CAMERA, "webcam:0", DeviceCondition.READY, NOW.minus(Duration.ofHours(2))),
                new StaffView.DeviceRow(DeviceKind.CODE_SCANNER, "serial:/dev/ttyACM0", DeviceCondition.READY, NOW.minus(Duration.ofHours(2))),
                new StaffView.DeviceRow(DeviceKind.PRINTER, "cups:kiosk-a4", DeviceCondition.PAPER_OUT, NOW.minus(Duration.ofMinutes(7))),
                new StaffView.DeviceRow(DeviceKind.LIGHTS, "serial:/dev/ttyUSB0", DeviceCondition.READY, NOW.minus(Duration.ofHours(2))),
                new StaffView.DeviceRow(DeviceKind.GATEWAY, "http:gateway", DeviceCondition.READY, NOW.minus(Duration.ofHours(2))),
                new StaffView.DeviceRow(DeviceKind.REGISTER, "http:register", DeviceCondition.OFFLINE, NOW.minus(Duration.ofMinutes(1))));
            OutboxView.Summary outbox = new OutboxView.Summary(2, Optional.of(Duration.ofMinutes(18)),
                List.of(new OutboxView.RefusedItem("form_id_voided", "4821", NOW.minus(Duration.ofMinutes(40)))));
            DayTally.Counts today = new DayTally.Counts(LocalDate.of(2026, 11, 24), Map.of("applied", 14L, "guided", 5L,
                "abandoned", 2L, "timed_out", 1L), Map.of("smiling_or_mouth_open", 6L, "head_tilted", 3L, "busy_background", 1L),
                2, 3);
            return new StaffView(page, lang, signedIn ? Optional.of("0042") : Optional.empty(), waiting, headCovering, signIn, devices,
                true, outbox, today, reissue, Optional.ofNullable(notice));
        }
    }
}
