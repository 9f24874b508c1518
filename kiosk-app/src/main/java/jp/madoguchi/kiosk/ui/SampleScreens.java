package jp.madoguchi.kiosk.ui;

import jp.madoguchi.kiosk.flow.PhotoCoaching;
import jp.madoguchi.kiosk.flow.PhotoReport;
import jp.madoguchi.rules.photo.PhotoMeasurements;
import jp.madoguchi.rules.photo.PhotoReason;
import jp.madoguchi.rules.photo.PhotoVerdict;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.devices.api.DeviceCondition;
import jp.madoguchi.devices.api.DeviceKind;
import jp.madoguchi.devices.api.DeviceStatus;
import jp.madoguchi.kiosk.flow.Confirmation;
import jp.madoguchi.kiosk.flow.CounterAdvice;
import jp.madoguchi.kiosk.flow.FlowSnapshot;
import jp.madoguchi.kiosk.flow.KioskState;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.rules.advice.Need;
import jp.madoguchi.rules.form.ApplicationFormId;
import jp.madoguchi.rules.form.FormIdParser;
import jp.madoguchi.rules.form.FormIdReading;
import jp.madoguchi.rules.form.FormIdRefusal;

/** One sample state per screen (and per notable variant), with a made-up resident, for screenshots. */
public final class SampleScreens {
    /** A screen to render: its file name stem, the flow state, and what the camera shows. */
    public record Sample(String name, FlowSnapshot snapshot, BufferedImage liveFrame) {
        /** The idle warning's sample: the warning, not the screen under it, is what it shows. */
        public boolean idleWarning() {
            return snapshot.idleWarning().isPresent();
        }
    }

    private static final ApplicationFormId SAMPLE_ID =
        ((FormIdReading.Accepted) new FormIdParser().parse("1234 5678 9012 3456 7890 123")).id();

    private final BufferedImage face;
    /** What the camera sees on the scan screen of a kiosk without a code scanner. */
    private final BufferedImage formOnDesk = jp.madoguchi.kiosk.scan.bench.DeskScenes.one("plain", 3L).frame();
    private final CounterAdvice advice;

    public SampleScreens(BufferedImage face, CounterAdvice advice) {
        this.face = face;
        this.advice = advice;
    }

    public List<Sample> all(Language lang) {
        Instant now = Instant.parse("2026-11-24T10:00:00Z");
        return List.of(
            sample("attract", state(KioskState.ATTRACT, lang).build()),
            sample("language", state(KioskState.LANGUAGE, lang).build()),
            sample("need", state(KioskState.NEED, lang).build()),
            sample("guidance", state(KioskState.GUIDANCE, lang).need(Need.LOST_FORM).build()),
            sample("guidance-visa-renewed", state(KioskState.GUIDANCE, lang).need(Need.VISA_RENEWED).build()),
            sample("guidance-certificates", state(KioskState.GUIDANCE, lang).need(Need.CERTIFICATE_RENEWAL).build()),
            sample("guidance-pickup", state(KioskState.GUIDANCE, lang).need(Need.PICKUP_PREPARATION).build()),
            sample("scan", state(KioskState.SCAN_FORM, lang).need(Need.APPLY).build()),
            sample("scan-refused", state(KioskState.SCAN_FORM, lang).need(Need.APPLY)
                .refusal(FormIdRefusal.INDIVIDUAL_NUMBER).build()),
            sample("scan-keypad", state(KioskState.SCAN_FORM, lang).need(Need.APPLY).typed("12345678901").build()),
            new Sample("scan-camera", state(KioskState.SCAN_FORM, lang).need(Need.APPLY).byCamera().build(), formOnDesk),
            sample("scan-keypad-refused", state(KioskState.SCAN_FORM, lang).need(Need.APPLY).typed("1234567890")
                .refusal(FormIdRefusal.TOO_SHORT).build()),
            new Sample("photo", state(KioskState.PHOTO, lang).withForm().coaching(live(PhotoReason.HEAD_TILTED)).build(), face),
            new Sample("photo-countdown", state(KioskState.PHOTO, lang).withForm().coaching(countdown()).build(), face),
            sample("review", state(KioskState.REVIEW, lang).withForm().photo(face).build()),
            sample("review-refused", state(KioskState.REVIEW, lang).withForm()
                .coaching(refused(PhotoReason.SMILING_OR_MOUTH_OPEN, 1)).build()),
            sample("review-refused-background", state(KioskState.REVIEW, lang).withForm()
                .coaching(refused(PhotoReason.BUSY_BACKGROUND, 1)).build()),
            sample("review-refused-staff", state(KioskState.REVIEW, lang).withForm()
                .coaching(refused(PhotoReason.FACE_TOO_LARGE, 3)).build()),
            sample("certificates", state(KioskState.CERTIFICATES, lang).withForm().photo(face).build()),
            sample("birth-date", state(KioskState.BIRTH_DATE, lang).withForm().photo(face).birth("199504").build()),
            sample("birth-date-refused", state(KioskState.BIRTH_DATE, lang).withForm().photo(face).birth("20230230")
                .birthRefused(jp.madoguchi.rules.form.DateOfBirth.Refusal.NOT_A_DATE).build()),
            sample("braille", state(KioskState.BRAILLE, lang).withForm().photo(face).born().build()),
            sample("submit", state(KioskState.SUBMIT, lang).withForm().photo(face).born().build()),
            sample("sending", state(KioskState.SENDING, lang).withForm().photo(face).born().saved().build()),
            sample("not-saved", state(KioskState.NOT_SAVED, lang).withForm().photo(face).born().build()),
            sample("print", state(KioskState.PRINT, lang).withForm().photo(face).build()),
            sample("done", state(KioskState.DONE, lang).withForm().acknowledged().printed().build()),
            sample("done-saved", state(KioskState.DONE, lang).withForm().saved().printed().build()),
            sample("done-print-problem", state(KioskState.DONE, lang).withForm().acknowledged()
                .printProblem(DeviceCondition.PAPER_OUT).build()),
            sample("error", state(KioskState.ERROR, lang).withForm()
                .fault(new DeviceStatus(DeviceKind.CAMERA, DeviceCondition.OFFLINE, now)).build()),
            sample("idle-warning", state(KioskState.NEED, lang).idle(23).build()),
            sample("scan-refused-voided", state(KioskState.SCAN_FORM, lang).need(Need.APPLY)
                .submitRefusal("form_id_voided").build()),
            sample("call-waiting", state(KioskState.STAFF_CALLED, lang).need(Need.LOST_FORM).build()));
    }

    /** The staff screens, in the staff language {@code staffLanguage} ("en" or "ja"). */
    public List<Sample> staff(String staffLanguage) {
        return SampleStaffViews.all(staffLanguage).entrySet().stream()
            .map(e -> sample(e.getKey(), state(KioskState.STAFF, Language.ENGLISH).staff(e.getValue()).build())).toList();
    }

    private static PhotoCoaching live(PhotoReason instruction) {
        return new PhotoCoaching(Optional.of(instruction), false, Optional.empty(), Optional.empty(), Optional.empty(), 0,
            false);
    }

    private static PhotoCoaching countdown() {
        return new PhotoCoaching(Optional.empty(), true, Optional.of(2L), Optional.empty(), Optional.empty(), 0, false);
    }

    /** A made-up refusal of the sample face: plausible face geometry for the marks. */
    private PhotoCoaching refused(PhotoReason reason, int refusals) {
        int w = face.getWidth();
        int h = face.getHeight();
        PhotoMeasurements m = new PhotoMeasurements(w, h, 1, 0.12 * h, true, 0.8 * h, 0.42 * h, w / 2.0, 0.5 * w, 0.17 * w,
            0, 0, 0, 2, 0.2, 0.5, 0, 200, 10, 0.01, 140, 0, 0.95, 300, 0, 0, 0, 0.5, 0.3, 1, 0, 0.8);
        PhotoReport report = new PhotoReport(PhotoVerdict.of(List.of(reason)), m, Optional.empty());
        return new PhotoCoaching(Optional.empty(), false, Optional.empty(), Optional.of(face), Optional.of(report),
            refusals, refusals >= 3);
    }

    private static Sample sample(String name, FlowSnapshot snapshot) {
        return new Sample(name, snapshot, null);
    }

    private Builder state(KioskState state, Language language) {
        return new Builder(state, language, advice);
    }

    /** Fills a snapshot field by field; unset fields are empty, as in a fresh session. */
    private static final class Builder {
        private final KioskState state;
        private final Language language;
        private final CounterAdvice advice;
        private Need need;
        private ApplicationFormId formId;
        private FormIdRefusal refusal;
        private BufferedImage photo;
        private Confirmation confirmation;
        private FlowSnapshot.BirthDate birth = FlowSnapshot.BirthDate.EMPTY;
        private int printed;
        private Long idle;
        private DeviceStatus fault;
        private DeviceCondition printProblem;
        private PhotoCoaching coaching = PhotoCoaching.NONE;
        private String typed;
        private boolean byCamera;
        private String submitRefusal;
        private jp.madoguchi.kiosk.staff.StaffView staff;

        Builder(KioskState state, Language language, CounterAdvice advice) {
            this.state = state;
            this.language = language;
            this.advice = advice;
        }

        Builder need(Need n) { need = n; return this; }
        Builder withForm() { need = Need.APPLY; formId = SAMPLE_ID; return this; }
        Builder refusal(FormIdRefusal r) { refusal = r; return this; }
        Builder photo(BufferedImage p) { photo = p; return this; }
        Builder acknowledged() { confirmation = new Confirmation.Sent("R-00000042-9C1E"); return this; }
        Builder saved() { confirmation = new Confirmation.Saved(); return this; }
        Builder birth(String typed) { birth = new FlowSnapshot.BirthDate(typed, Optional.empty(), Optional.empty()); return this; }
        Builder birthRefused(jp.madoguchi.rules.form.DateOfBirth.Refusal r) {
            birth = new FlowSnapshot.BirthDate(birth.typed(), Optional.empty(), Optional.of(r));
            return this;
        }
        Builder born() {
            birth = new FlowSnapshot.BirthDate("19950402", Optional.of(java.time.LocalDate.of(1995, 4, 2)), Optional.empty());
            return this;
        }
        Builder printed() { printed = 1; return this; }
        Builder idle(long seconds) { idle = seconds; return this; }
        Builder fault(DeviceStatus f) { fault = f; return this; }
        Builder printProblem(DeviceCondition c) { printProblem = c; return this; }
        Builder coaching(PhotoCoaching c) { coaching = c; return this; }
        Builder typed(String digits) { typed = digits; return this; }
        Builder byCamera() { byCamera = true; return this; }
        Builder submitRefusal(String reason) { submitRefusal = reason; return this; }
        Builder staff(jp.madoguchi.kiosk.staff.StaffView view) { staff = view; return this; }

        FlowSnapshot build() {
            return new FlowSnapshot(state, language, Optional.ofNullable(need), Optional.ofNullable(need).map(advice::forNeed),
                Optional.ofNullable(formId),
                Optional.ofNullable(refusal), Optional.ofNullable(photo), true, true, Optional.ofNullable(confirmation), printed,
                Optional.ofNullable(idle), Optional.ofNullable(fault), Optional.ofNullable(printProblem),
                printProblem == null, coaching, Optional.ofNullable(typed), byCamera, birth, false,
                Optional.ofNullable(submitRefusal), Optional.ofNullable(staff));
        }
    }
}
