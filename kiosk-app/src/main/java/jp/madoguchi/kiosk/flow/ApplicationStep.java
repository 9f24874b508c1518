package jp.madoguchi.kiosk.flow;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import jp.madoguchi.devices.api.Application;
import jp.madoguchi.kiosk.flow.FlowEvent.ApplicationDeferred;
import jp.madoguchi.kiosk.flow.FlowEvent.ApplicationRefused;
import jp.madoguchi.kiosk.flow.FlowEvent.ApplicationSent;
import jp.madoguchi.kiosk.flow.FlowEvent.Back;
import jp.madoguchi.kiosk.flow.FlowEvent.ChooseBraille;
import jp.madoguchi.kiosk.flow.FlowEvent.ConfirmBirthDate;
import jp.madoguchi.kiosk.flow.FlowEvent.EraseDigit;
import jp.madoguchi.kiosk.flow.FlowEvent.KeyDigit;
import jp.madoguchi.kiosk.flow.FlowEvent.Submit;
import jp.madoguchi.kiosk.submit.OutboxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's last steps: the date of birth, the braille wish, and Submit. Submit writes
 * first and tells second (the outbox pattern): the application is stored, encrypted and synced,
 * before any screen says a word about it; then the sending screen waits a short, bounded time for
 * the receiver's receipt and moves on with "sent, receipt R" or "saved in this kiosk, sent
 * automatically". A store that fails sends the resident to staff and claims nothing.
 *
 * <pre>
 * BIRTH_DATE KeyDigit / EraseDigit edit; ConfirmBirthDate (real, past, plausible) -> BRAILLE   Back -> CERTIFICATES
 * BRAILLE    ChooseBraille -> SUBMIT                                                   Back -> BIRTH_DATE
 * SUBMIT     Submit: stored -> SENDING; store failed -> NOT_SAVED                      Back -> BRAILLE
 * SENDING    ApplicationSent (this key) -> PRINT (sent); ApplicationDeferred / ApplicationRefused (this key)
 *            or the wait over -> PRINT (saved / refused); refused for a form the receiver no longer
 *            takes (voided by a reissue) -> SCAN_FORM, saying why (the resident shows their newest form)
 * NOT_SAVED  Submit (try again) as in SUBMIT
 * </pre>
 */
final class ApplicationStep {
    private static final Logger LOG = LoggerFactory.getLogger(ApplicationStep.class);
    /** Dates of birth are judged against the day in Japan, whatever the kiosk clock's zone. */
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    /** The receiver's reason for a form a reissue replaced (docs/gateway-openapi.yaml). */
    static final String FORM_REPLACED = "form_id_voided";

    private final Submission submission;
    private final Clock clock;

    ApplicationStep(Submission submission, Clock clock) {
        this.submission = submission;
        this.clock = clock;
    }

    KioskState onBirthDate(FlowEvent event, Session session) {
        BirthDateEntry entry = session.birthDate();
        if (event instanceof KeyDigit key) {
            entry.type(key.digit());
        } else if (event instanceof EraseDigit) {
            entry.erase();
        } else if (event instanceof ConfirmBirthDate) {
            return entry.confirm(LocalDate.ofInstant(clock.instant(), JAPAN)) ? KioskState.BRAILLE : KioskState.BIRTH_DATE;
        } else if (event instanceof Back) {
            return KioskState.CERTIFICATES;
        }
        return KioskState.BIRTH_DATE;
    }

    KioskState onBraille(FlowEvent event, Session session) {
        if (event instanceof ChooseBraille choice) {
            session.brailleName(choice.wanted());
            return KioskState.SUBMIT;
        }
        return event instanceof Back ? KioskState.BIRTH_DATE : KioskState.BRAILLE;
    }

    KioskState onSubmit(FlowEvent event, Session session) {
        if (event instanceof Submit) {
            return store(session);
        }
        return event instanceof Back ? KioskState.BRAILLE : KioskState.SUBMIT;
    }

    KioskState onNotSaved(FlowEvent event, Session session) {
        return event instanceof Submit ? store(session) : KioskState.NOT_SAVED;
    }

    KioskState onSending(FlowEvent event, Session session) {
        UUID key = session.applicationKey().orElse(null);
        if (event instanceof ApplicationSent sent && sent.key().equals(key)) {
            session.confirmed(new Confirmation.Sent(sent.receipt()));
            return KioskState.PRINT;
        }
        if (event instanceof ApplicationRefused refused && refused.key().equals(key)) {
            if (FORM_REPLACED.equals(refused.reason())) {
                // the resident can put this right now, with the newest form in their hand (issue 12)
                session.refusedAtSubmit(refused.reason());
                return KioskState.SCAN_FORM;
            }
            session.confirmed(new Confirmation.Refused(refused.reason()));
            return KioskState.PRINT;
        }
        if (event instanceof ApplicationDeferred deferred && deferred.key().equals(key)) {
            return KioskState.PRINT; // already "saved": no need to keep the resident waiting
        }
        return KioskState.SENDING;
    }

    /** The clock moved: past the wait, the resident goes on with "saved" (the sender keeps trying). */
    KioskState onTick(Session session) {
        boolean over = session.sendingSince().map(since -> !clock.instant().isBefore(since.plus(submission.confirmWait())))
            .orElse(true);
        return over ? KioskState.PRINT : KioskState.SENDING;
    }

    private KioskState store(Session session) {
        byte[] jpeg = session.photoFile().orElseThrow(() -> new IllegalStateException("submit without an accepted photo"));
        Application application = new Application(session.applicationKeyOrNew(submission.keys()),
            session.formId().orElseThrow(() -> new IllegalStateException("submit without a form ID")).digits(),
            session.dateOfBirth().orElseThrow(() -> new IllegalStateException("submit without a date of birth")),
            session.signatureCertificate(), session.userIdentificationCertificate(), session.brailleName(),
            jpeg, submission.kioskId(), clock.instant()); // the record copies the photo: the session's buffer is wiped later
        try {
            submission.store().keep(application);
        } catch (OutboxException e) {
            LOG.error("application {} could not be stored; the resident is sent to staff: {}", application.key(), e.getMessage());
            return KioskState.NOT_SAVED;
        } finally {
            application.erasePhoto();
        }
        session.confirmed(new Confirmation.Saved());
        session.sending(clock.instant());
        return submission.confirmWait().isZero() ? KioskState.PRINT : KioskState.SENDING;
    }
}
