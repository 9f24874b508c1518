package jp.madoguchi.kiosk.flow;

import jp.madoguchi.rules.advice.Need;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import jp.madoguchi.rules.form.ApplicationFormId;
import jp.madoguchi.rules.form.FormIdRefusal;

/**
 * One resident's visit. Everything personal (form ID, photo, date of birth) lives here and nowhere else, so
 * {@link #wipe()} is the single place that forgets it. Mutated only by the flow, under its lock.
 */
public final class Session {
    private final long number;
    private Language language;
    private Need need;
    private ApplicationFormId formId;
    private FormIdRefusal lastRefusal;
    private BufferedImage photo;
    private boolean signatureCertificate = true;
    private boolean userIdentificationCertificate = true;
    /** Why the receiver refused the application while the resident waited, e.g. "form_id_voided" (a code, nothing personal). */
    private String submitRefusal;
    private final BirthDateEntry birthDate = new BirthDateEntry();
    private boolean brailleName;
    /** The application's key for its whole life: made once, at the first Submit (see {@link ApplicationStep}). */
    private UUID applicationKey;
    private Instant sendingSince;
    private Confirmation confirmation;
    private int sheetsPrinted;
    private final PhotoAttempts photoAttempts = new PhotoAttempts();
    /** Whether this kiosk reads the form through its camera (a property of the kiosk, not personal). */
    private boolean scanByCamera;
    /** Digits typed on the manual-entry keypad; null while the keypad is closed. */
    private StringBuilder typed;

    Session(long number, Language language) {
        this.number = number;
        this.language = language;
    }

    /** A counter, not an identifier of the resident: it is what deletion records name. */
    public long number() {
        return number;
    }

    public Language language() {
        return language;
    }

    void language(Language chosen) {
        language = chosen;
    }

    public Optional<Need> need() {
        return Optional.ofNullable(need);
    }

    void need(Need chosen) {
        need = chosen;
    }

    public Optional<ApplicationFormId> formId() {
        return Optional.ofNullable(formId);
    }

    void formId(ApplicationFormId id) {
        formId = id;
        lastRefusal = null;
        submitRefusal = null;
    }

    public Optional<String> submitRefusal() {
        return Optional.ofNullable(submitRefusal);
    }

    /**
     * The receiver refused the form while the resident waited (a form replaced by a reissue): the
     * form ID is forgotten and the scan screen says why. The next form makes a new application, with
     * a key of its own; the refused one stays in the outbox, with its reason, for staff.
     */
    void refusedAtSubmit(String reason) {
        formId = null;
        submitRefusal = reason;
        applicationKey = null;
        sendingSince = null;
        confirmation = null;
    }

    public Optional<FormIdRefusal> lastRefusal() {
        return Optional.ofNullable(lastRefusal);
    }

    void refused(FormIdRefusal reason) {
        lastRefusal = reason;
    }

    public Optional<BufferedImage> photo() {
        return Optional.ofNullable(photo);
    }

    void photo(BufferedImage taken) {
        erasePhoto();
        photo = taken;
    }

    void forgetPhoto() {
        erasePhoto();
        photoAttempts.file = null;
    }

    /** The accepted photo as the J-LIS file (35:45 baseline JPEG), once one was accepted. */
    public Optional<byte[]> photoFile() {
        return photo == null ? Optional.empty() : photoAttempts.file();
    }

    PhotoAttempts photoAttempts() {
        return photoAttempts;
    }

    public boolean signatureCertificate() {
        return signatureCertificate;
    }

    public boolean userIdentificationCertificate() {
        return userIdentificationCertificate;
    }

    void certificates(boolean signature, boolean userIdentification) {
        signatureCertificate = signature;
        userIdentificationCertificate = userIdentification;
    }

    BirthDateEntry birthDate() {
        return birthDate;
    }

    public Optional<LocalDate> dateOfBirth() {
        return birthDate.date();
    }

    public boolean brailleName() {
        return brailleName;
    }

    void brailleName(boolean wanted) {
        brailleName = wanted;
    }

    Optional<UUID> applicationKey() {
        return Optional.ofNullable(applicationKey);
    }

    UUID applicationKeyOrNew(java.util.function.Supplier<UUID> keys) {
        if (applicationKey == null) {
            applicationKey = keys.get();
        }
        return applicationKey;
    }

    Optional<Instant> sendingSince() {
        return Optional.ofNullable(sendingSince);
    }

    void sending(Instant since) {
        sendingSince = since;
    }

    /** What the resident was told about their application, once it was stored. */
    public Optional<Confirmation> confirmation() {
        return Optional.ofNullable(confirmation);
    }

    void confirmed(Confirmation told) {
        confirmation = told;
    }

    public int sheetsPrinted() {
        return sheetsPrinted;
    }

    void printed(int sheets) {
        sheetsPrinted += sheets;
    }

    /** Forgets everything personal; the pixels are overwritten, not just dropped. */
    void wipe() {
        erasePhoto();
        photoAttempts.wipe();
        formId = null;
        lastRefusal = null;
        submitRefusal = null;
        need = null;
        birthDate.wipe();
        brailleName = false;
        applicationKey = null;
        sendingSince = null;
        confirmation = null;
        sheetsPrinted = 0;
        closeKeypad();
    }

    public boolean scanByCamera() {
        return scanByCamera;
    }

    void scanByCamera(boolean byCamera) {
        scanByCamera = byCamera;
    }

    /** The digits typed so far, while the manual-entry keypad is open. */
    public Optional<String> typedFormId() {
        return typed == null ? Optional.empty() : Optional.of(typed.toString());
    }

    void openKeypad() {
        if (typed == null) {
            typed = new StringBuilder(ApplicationFormId.LENGTH);
        }
    }

    void typeDigit(int digit) {
        if (typed != null && typed.length() < ApplicationFormId.LENGTH && digit >= 0 && digit <= 9) {
            typed.append((char) ('0' + digit));
            lastRefusal = null; // the resident is correcting: the old message no longer applies
        }
    }

    void eraseDigit() {
        if (typed != null && typed.length() > 0) {
            typed.setLength(typed.length() - 1);
            lastRefusal = null;
        }
    }

    /** Overwrites the typed digits (they may be an Individual Number typed by mistake), keeping the keypad open. */
    void forgetTyped() {
        if (typed != null) {
            for (int i = 0; i < typed.length(); i++) {
                typed.setCharAt(i, '0');
            }
            typed.setLength(0);
        }
    }

    void closeKeypad() {
        forgetTyped();
        typed = null;
    }

    private void erasePhoto() {
        if (photo != null) {
            WritableRaster raster = photo.getRaster();
            int[] zeros = new int[raster.getWidth() * raster.getNumBands()];
            Arrays.fill(zeros, 0);
            for (int y = 0; y < raster.getHeight(); y++) {
                raster.setPixels(0, y, raster.getWidth(), 1, zeros);
            }
            photo = null;
        }
    }
}
