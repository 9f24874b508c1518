package jp.madoguchi.kiosk.flow;

import jp.madoguchi.rules.advice.Need;
import java.awt.image.BufferedImage;
import java.util.Optional;
import jp.madoguchi.devices.api.DeviceCondition;
import jp.madoguchi.devices.api.DeviceStatus;
import jp.madoguchi.kiosk.staff.StaffView;
import jp.madoguchi.rules.form.ApplicationFormId;
import jp.madoguchi.rules.form.FormIdRefusal;

/**
 * What the screens need after each event, copied out under the flow's lock so the UI thread
 * never reads the live session.
 *
 * @param advice      the rules engine's advice for the resident's need, once they chose one
 * @param idleWarning seconds left before the session is wiped, while the warning shows
 * @param fault       the device condition that stopped the flow, in {@link KioskState#ERROR}
 * @param printProblem why the last print failed, if it did (the done screen offers a reprint)
 * @param printerReady whether a reprint can be offered now
 * @param photoCoaching the live photo check's instruction and countdown, and a refused photo's report
 * @param typedFormId  the digits typed so far while the manual-entry keypad is open
 * @param scanByCamera the form's QR is read through the camera (no code scanner): the scan
 *                     screen shows the live view and says to hold the form up to the camera
 * @param confirmation what the resident is told about their stored application (sent, saved, refused)
 * @param birthDate    the date of birth being typed or accepted
 * @param brailleName  whether the name is also to be printed in braille on the card (点字表記)
 * @param submitRefusal why the receiver refused the form while the resident waited (a code such as "form_id_voided")
 * @param staff        the staff screens' content, in {@link KioskState#STAFF}
 */
public record FlowSnapshot(KioskState state, Language language, Optional<Need> need, Optional<NeedAdvice> advice,
                           Optional<ApplicationFormId> formId, Optional<FormIdRefusal> refusal,
                           Optional<BufferedImage> photo, boolean signatureCertificate,
                           boolean userIdentificationCertificate, Optional<Confirmation> confirmation, int sheetsPrinted,
                           Optional<Long> idleWarning, Optional<DeviceStatus> fault,
                           Optional<DeviceCondition> printProblem, boolean printerReady, PhotoCoaching photoCoaching,
                           Optional<String> typedFormId, boolean scanByCamera, BirthDate birthDate,
                           boolean brailleName, Optional<String> submitRefusal, Optional<StaffView> staff) {

    /** A snapshot with no photo coaching and the keypad closed (samples and tests of other steps). */
    public FlowSnapshot(KioskState state, Language language, Optional<Need> need, Optional<NeedAdvice> advice,
                        Optional<ApplicationFormId> formId, Optional<FormIdRefusal> refusal,
                        Optional<BufferedImage> photo, boolean signatureCertificate,
                        boolean userIdentificationCertificate, Optional<Confirmation> confirmation, int sheetsPrinted,
                        Optional<Long> idleWarning, Optional<DeviceStatus> fault,
                        Optional<DeviceCondition> printProblem, boolean printerReady) {
        this(state, language, need, advice, formId, refusal, photo, signatureCertificate, userIdentificationCertificate,
            confirmation, sheetsPrinted, idleWarning, fault, printProblem, printerReady, PhotoCoaching.NONE,
            Optional.empty(), false, BirthDate.EMPTY, false, Optional.empty(), Optional.empty());
    }

    /** A snapshot of the resident's steps up to the scan (no application details, no staff mode): samples and tests. */
    public FlowSnapshot(KioskState state, Language language, Optional<Need> need, Optional<NeedAdvice> advice,
                        Optional<ApplicationFormId> formId, Optional<FormIdRefusal> refusal,
                        Optional<BufferedImage> photo, boolean signatureCertificate,
                        boolean userIdentificationCertificate, Optional<Confirmation> confirmation, int sheetsPrinted,
                        Optional<Long> idleWarning, Optional<DeviceStatus> fault,
                        Optional<DeviceCondition> printProblem, boolean printerReady, PhotoCoaching photoCoaching,
                        Optional<String> typedFormId, boolean scanByCamera) {
        this(state, language, need, advice, formId, refusal, photo, signatureCertificate, userIdentificationCertificate,
            confirmation, sheetsPrinted, idleWarning, fault, printProblem, printerReady, photoCoaching, typedFormId,
            scanByCamera, BirthDate.EMPTY, false, Optional.empty(), Optional.empty());
    }

    /** A snapshot of the resident's steps (no refusal at Submit, no staff mode): samples and tests of those steps. */
    public FlowSnapshot(KioskState state, Language language, Optional<Need> need, Optional<NeedAdvice> advice,
                        Optional<ApplicationFormId> formId, Optional<FormIdRefusal> refusal,
                        Optional<BufferedImage> photo, boolean signatureCertificate,
                        boolean userIdentificationCertificate, Optional<Confirmation> confirmation, int sheetsPrinted,
                        Optional<Long> idleWarning, Optional<DeviceStatus> fault,
                        Optional<DeviceCondition> printProblem, boolean printerReady, PhotoCoaching photoCoaching,
                        Optional<String> typedFormId, boolean scanByCamera, BirthDate birthDate, boolean brailleName) {
        this(state, language, need, advice, formId, refusal, photo, signatureCertificate, userIdentificationCertificate,
            confirmation, sheetsPrinted, idleWarning, fault, printProblem, printerReady, photoCoaching, typedFormId,
            scanByCamera, birthDate, brailleName, Optional.empty(), Optional.empty());
    }

    /**
     * The date of birth being typed: the digits so far (YYYYMMDD order), the accepted date, or why
     * the typed digits are not one.
     */
    public record BirthDate(String typed, Optional<java.time.LocalDate> date,
                            Optional<jp.madoguchi.rules.form.DateOfBirth.Refusal> refusal) {
        public static final BirthDate EMPTY = new BirthDate("", Optional.empty(), Optional.empty());
    }

    static FlowSnapshot of(KioskState state, Session s, CounterAdvice advice, Optional<Long> idleWarning,
                           Optional<DeviceStatus> fault, Optional<DeviceCondition> printProblem, boolean printerReady,
                           PhotoCoaching photoCoaching, Optional<StaffView> staff) {
        return new FlowSnapshot(state, s.language(), s.need(), s.need().map(advice::forNeed), s.formId(), s.lastRefusal(), s.photo(),
            s.signatureCertificate(), s.userIdentificationCertificate(), s.confirmation(), s.sheetsPrinted(),
            idleWarning, fault, printProblem, printerReady, photoCoaching, s.typedFormId(), s.scanByCamera(),
            s.birthDate().view(), s.brailleName(), s.submitRefusal(), staff);
    }

    public boolean warning() {
        return idleWarning.isPresent();
    }
}
