package jp.madoguchi.kiosk.flow;

import jp.madoguchi.rules.advice.Need;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.devices.api.DeviceCondition;
import jp.madoguchi.devices.api.DeviceUnavailableException;
import jp.madoguchi.devices.api.PrintJob;
import jp.madoguchi.kiosk.flow.FlowEvent.Back;
import jp.madoguchi.kiosk.flow.FlowEvent.Begin;
import jp.madoguchi.kiosk.flow.FlowEvent.ChooseCertificates;
import jp.madoguchi.kiosk.flow.FlowEvent.ChooseLanguage;
import jp.madoguchi.kiosk.flow.FlowEvent.ChooseNeed;
import jp.madoguchi.kiosk.flow.FlowEvent.CodeRead;
import jp.madoguchi.kiosk.flow.FlowEvent.Finish;
import jp.madoguchi.kiosk.flow.FlowEvent.NoForm;
import jp.madoguchi.kiosk.flow.FlowEvent.Print;
import jp.madoguchi.kiosk.flow.FlowEvent.Touch;
import jp.madoguchi.rules.form.FormIdParser;
import jp.madoguchi.rules.form.FormIdReading;
import jp.madoguchi.rules.form.FormIdRefusal;

/**
 * The flow's table: for each state, which events it answers and where they lead. Anything
 * not listed keeps the state. Device calls that can fail throw {@link DeviceUnavailableException},
 * which the flow turns into the error screen.
 *
 * <pre>
 * ATTRACT      Begin/Touch -> LANGUAGE
 * LANGUAGE     ChooseLanguage -> NEED            Back -> ATTRACT (wipe)
 * NEED         ChooseNeed(APPLY) -> SCAN_FORM    ChooseNeed(other) -> GUIDANCE    Back -> LANGUAGE
 * GUIDANCE     Print -> PRINT                    Finish -> DONE                   Back -> NEED
 * SCAN_FORM    CodeRead(valid) -> PHOTO          CodeRead(invalid) stays          NoForm -> GUIDANCE   Back -> NEED
 *              TypeFormId opens the keypad; KeyDigit/EraseDigit edit; SubmitTyped(valid) -> PHOTO; Back closes it
 * PHOTO        TakePhoto / steady live checks -> REVIEW (see PhotoStep)   Back -> SCAN_FORM
 * REVIEW       AcceptPhoto (accepted photo) -> CERTIFICATES   Retake -> PHOTO   CallStaff stays
 * CERTIFICATES ChooseCertificates -> BIRTH_DATE  Back -> REVIEW
 * BIRTH_DATE, BRAILLE, SUBMIT, SENDING, NOT_SAVED: see ApplicationStep (Submit stores, then sends in the background;
 *              a form ID the receiver refuses while the resident waits -> SCAN_FORM, saying why)
 * PRINT        (prints on entry) -> DONE; a printer fault shows there, with a reprint
 * DONE         Print -> PRINT (printer ready)    Finish -> ATTRACT (wipe)
 * STAFF_CALLED, STAFF: see Flow (staff mode is the staff desk's own state machine)
 * </pre>
 */
final class Steps {
    private final KioskDevices devices;
    private final SessionSheets sheets;
    private final CounterAdvice advice;
    private final FormIdParser formIds = new FormIdParser();
    private final PhotoStep photo;
    private final ApplicationStep application;
    private DeviceCondition printProblem;
    private final List<PrintJob> unprinted = new ArrayList<>();

    Steps(KioskDevices devices, SessionSheets sheets, CounterAdvice advice, PhotoStep photo, ApplicationStep application) {
        this.devices = devices;
        this.photo = photo;
        this.application = application;
        this.sheets = sheets;
        this.advice = advice;
    }

    KioskState on(KioskState state, FlowEvent event, Session session) throws DeviceUnavailableException {
        return switch (state) {
            case ATTRACT -> event instanceof Begin || event instanceof Touch ? KioskState.LANGUAGE : state;
            case LANGUAGE -> {
                if (event instanceof ChooseLanguage chosen) {
                    session.language(chosen.language());
                    yield KioskState.NEED;
                }
                yield event instanceof Back ? KioskState.ATTRACT : state;
            }
            case NEED -> {
                if (event instanceof ChooseNeed chosen) {
                    session.need(chosen.need());
                    yield chosen.need() == Need.APPLY ? KioskState.SCAN_FORM : KioskState.GUIDANCE;
                }
                yield event instanceof Back ? KioskState.LANGUAGE : state;
            }
            case GUIDANCE -> event instanceof Print ? KioskState.PRINT
                : event instanceof Finish ? KioskState.DONE
                : event instanceof Back ? KioskState.NEED : state;
            case SCAN_FORM -> scan(event, session);
            case PHOTO -> photo.onPhoto(event, session);
            case REVIEW -> photo.onReview(event, session);
            case CERTIFICATES -> {
                if (event instanceof ChooseCertificates chosen) {
                    session.certificates(chosen.signature(), chosen.userIdentification());
                    yield KioskState.BIRTH_DATE;
                }
                yield event instanceof Back ? KioskState.REVIEW : state;
            }
            case BIRTH_DATE -> application.onBirthDate(event, session);
            case BRAILLE -> application.onBraille(event, session);
            case SUBMIT -> application.onSubmit(event, session);
            case SENDING -> application.onSending(event, session);
            case NOT_SAVED -> application.onNotSaved(event, session);
            case PRINT -> state;
            case DONE -> event instanceof Print && devices.printer().status().ready() ? KioskState.PRINT : event instanceof Finish ? KioskState.ATTRACT : state;
            case ERROR, STAFF_CALLED, STAFF -> state; // the flow itself handles these
        };
    }

    private KioskState scan(FlowEvent event, Session session) {
        if (event instanceof CodeRead code) {
            return formId(code.payload(), session);
        }
        boolean typing = session.typedFormId().isPresent();
        if (event instanceof FlowEvent.TypeFormId) {
            session.openKeypad();
        } else if (event instanceof FlowEvent.KeyDigit key) {
            session.typeDigit(key.digit());
        } else if (event instanceof FlowEvent.EraseDigit) {
            session.eraseDigit();
        } else if (event instanceof FlowEvent.SubmitTyped && typing) {
            return formId(session.typedFormId().orElse(""), session);
        } else if (event instanceof NoForm) {
            session.closeKeypad();
            session.need(Need.LOST_FORM);
            return KioskState.GUIDANCE;
        } else if (event instanceof Back) {
            session.closeKeypad();
            return typing ? KioskState.SCAN_FORM : KioskState.NEED;
        }
        return KioskState.SCAN_FORM;
    }

    /** Scanned or typed, a payload meets the same parser; an Individual Number is forgotten at once. */
    private KioskState formId(String payload, Session session) {
        FormIdReading reading = formIds.parse(payload);
        if (reading instanceof FormIdReading.Accepted accepted) {
            session.closeKeypad();
            session.formId(accepted.id());
            return KioskState.PHOTO;
        }
        FormIdRefusal reason = ((FormIdReading.Refused) reading).reason();
        if (reason == FormIdRefusal.INDIVIDUAL_NUMBER) {
            session.forgetTyped();
        }
        session.refused(reason);
        return KioskState.SCAN_FORM;
    }

    /**
     * Entry actions: arm the scanner, start the live view, print.
     *
     * @return the state to continue to: itself, or DONE once printing has been tried
     */
    KioskState enter(KioskState state, Session session) throws DeviceUnavailableException {
        switch (state) {
            case SCAN_FORM -> {
                session.scanByCamera(devices.scanner().readsThroughCamera());
                devices.scanner().arm();
            }
            // a staff badge can be shown while nobody uses the kiosk (not to a camera: it would film
            // passers-by) and while a resident waits for staff
            case ATTRACT -> {
                if (!devices.scanner().readsThroughCamera()) {
                    devices.scanner().arm();
                }
            }
            case STAFF_CALLED -> devices.scanner().arm();
            case PHOTO -> {
                photo.enterPhoto(session);
                devices.camera().startLiveView();
            }
            case PRINT -> {
                print(session);
                return KioskState.DONE;
            }
            default -> {
            }
        }
        return state;
    }

    /** Exit actions: nothing keeps reading or filming on a screen that does not need it. */
    void leave(KioskState state) {
        switch (state) {
            case SCAN_FORM, ATTRACT, STAFF_CALLED -> devices.scanner().disarm();
            case PHOTO -> devices.camera().stopLiveView();
            default -> {
            }
        }
    }

    /**
     * A printer fault does not stop the flow: the application is already in, so the resident
     * goes on to the done screen, which says what went wrong and offers a reprint. The documents
     * not yet printed are kept (in memory, for this session only), so the reprint continues where
     * the fault stopped instead of printing the summary twice; once all are out, a reprint prints
     * a fresh set.
     */
    private void print(Session session) {
        printProblem = null;
        if (unprinted.isEmpty()) {
            unprinted.addAll(sheets.sheetsFor(session, session.need().map(advice::forNeed)));
        }
        try {
            while (!unprinted.isEmpty()) {
                devices.printer().print(unprinted.get(0));
                unprinted.remove(0);
                session.printed(1);
            }
        } catch (DeviceUnavailableException e) {
            printProblem = e.status().condition();
        }
    }

    /** The clock moved: only the sending screen's bounded wait depends on it. */
    KioskState onTick(KioskState state, Session session) {
        return state == KioskState.SENDING ? application.onTick(session) : state;
    }

    /** The refused photo's only problem is a head covering that staff may allow (see {@link PhotoStep}). */
    boolean headCoveringMayBeAllowed(Session session) {
        return photo.headCoveringMayBeAllowed(session);
    }

    PhotoCoaching coaching(Session session) {
        return photo.coaching(session);
    }

    Optional<DeviceCondition> printProblem() {
        return Optional.ofNullable(printProblem);
    }

    /** At the end of a session: the fault and the documents not yet printed are forgotten with it. */
    void forgetPrintProblem() {
        printProblem = null;
        unprinted.clear();
    }
}
