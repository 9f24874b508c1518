package jp.madoguchi.kiosk.flow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.madoguchi.devices.api.DeviceKind;
import jp.madoguchi.devices.api.DeviceStatus;
import jp.madoguchi.devices.api.DeviceUnavailableException;
import jp.madoguchi.kiosk.flow.FlowEvent.DeviceChanged;
import jp.madoguchi.kiosk.flow.FlowEvent.StartOver;
import jp.madoguchi.kiosk.flow.FlowEvent.Tick;
import jp.madoguchi.kiosk.staff.StaffBadge;
import jp.madoguchi.kiosk.staff.StaffDesk;
import jp.madoguchi.rules.advice.Need;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's state machine. It owns the session, reacts to events one at a time, and knows
 * nothing of JavaFX: screens render its {@link FlowSnapshot}s, and time comes from the
 * injected clock so tests can leave it "idle" without sleeping.
 *
 * <p>What each state does with an event lives in {@link Steps}; this class handles what is
 * common to all: idle timeout, device faults, staff calls and staff mode ({@link StaffVisit}),
 * entering and leaving states, and telling listeners.
 */
public final class Flow {
    private static final Logger LOG = LoggerFactory.getLogger(Flow.class);

    private final Clock clock;
    private final IdlePolicy idle;
    private final KioskDevices devices;
    private final Steps steps;
    private final Language defaultLanguage;
    private final CounterAdvice advice;
    private final StaffVisit staff;
    private final List<FlowListener> listeners = new CopyOnWriteArrayList<>();

    private KioskState state = KioskState.ATTRACT;
    private KioskState resumeAfterFault;
    private DeviceStatus fault;
    private Session session;
    private long sessions;
    private Instant lastActivity;

    public Flow(Clock clock, IdlePolicy idle, KioskDevices devices, SessionSheets sheets, CounterAdvice advice,
                Language defaultLanguage, PhotoInspector photos, Submission submission) {
        this(clock, idle, devices, sheets, advice, defaultLanguage, photos, submission, null);
    }

    /** @param desk staff mode; null on a kiosk without one (staff entry is then ignored) */
    public Flow(Clock clock, IdlePolicy idle, KioskDevices devices, SessionSheets sheets, CounterAdvice advice,
                Language defaultLanguage, PhotoInspector photos, Submission submission, StaffDesk desk) {
        this.clock = clock;
        this.advice = advice;
        this.idle = idle;
        this.devices = devices;
        this.defaultLanguage = defaultLanguage;
        this.steps = new Steps(devices, sheets, advice, new PhotoStep(devices, photos, clock),
            new ApplicationStep(submission, clock));
        this.staff = new StaffVisit(desk, clock, this::note);
        this.session = new Session(++sessions, defaultLanguage);
        this.lastActivity = clock.instant();
        enterQuietly(KioskState.ATTRACT);
    }

    public void addListener(FlowListener listener) {
        listeners.add(listener);
    }

    public synchronized KioskState state() {
        return state;
    }

    public synchronized FlowSnapshot snapshot() {
        return FlowSnapshot.of(state, session, advice, warningSecondsLeft(), Optional.ofNullable(fault),
            steps.printProblem(), devices.printer().status().ready(), steps.coaching(session),
            state == KioskState.STAFF ? staff.view() : Optional.empty());
    }

    /** Handles one event completely (device calls included) before the next; any thread may call. */
    public synchronized void handle(FlowEvent event) {
        if (event.byResident()) {
            lastActivity = clock.instant();
        }
        try {
            Optional<String> badge = event instanceof FlowEvent.CodeRead code ? StaffBadge.staffId(code.payload()) : Optional.empty();
            if (event instanceof Tick) {
                checkIdle();
                go(steps.onTick(state, session));
            } else if (event instanceof DeviceChanged changed) {
                onDevice(changed.status());
            } else if (event instanceof StartOver) {
                endSession(SessionEnd.Reason.ABANDONED);
            } else if ((event instanceof FlowEvent.StaffCorner || badge.isPresent()) && state != KioskState.STAFF
                && staff.available()) {
                if (state != KioskState.STAFF_CALLED) { // a waiting resident's place was remembered when they called
                    staff.remember(state);
                }
                steps.leave(state);
                LOG.info("flow {} -> {}", state, KioskState.STAFF);
                staff.open(badge, session.language(), steps.headCoveringMayBeAllowed(session));
                state = KioskState.STAFF;
            } else if (event instanceof FlowEvent.Staff input && state == KioskState.STAFF) {
                onStaff(staff.on(input.input()));
            } else if (event instanceof FlowEvent.CallStaff && state.residentMayCallStaff()) {
                staff.remember(state);
                staff.called();
                go(KioskState.STAFF_CALLED);
            } else if (event instanceof FlowEvent.CancelCall && state == KioskState.STAFF_CALLED) {
                staff.cancelled();
                resume();
            } else if (event instanceof FlowEvent.StaffAcceptHeadCovering) {
                return; // only staff mode allows a head covering (onStaff); a resident's screen cannot send it
            } else if (state == KioskState.ERROR || state == KioskState.STAFF_CALLED || state == KioskState.STAFF) {
                return; // only Start over, staff, or the device coming back leave these screens
            } else {
                int refusals = session.photoAttempts().refusals;
                KioskState next = steps.on(state, event, session);
                if (session.photoAttempts().refusals > refusals) {
                    note(new FlowFact.PhotoRefused(session.photoAttempts().refusal.verdict().first().code()));
                }
                if (next == KioskState.ATTRACT && state != KioskState.ATTRACT) {
                    endSession(state == KioskState.DONE ? SessionEnd.Reason.FINISHED : SessionEnd.Reason.ABANDONED);
                } else {
                    go(next);
                }
            }
        } catch (DeviceUnavailableException e) {
            stopFor(e.status());
        } catch (RuntimeException e) {
            // pibooth's failsafe: a bug must not leave a resident's data on screen or a
            // half-finished step behind. Logged by type only: messages may hold personal data.
            LOG.error("flow failed in {} on {}: {}", state, event.getClass().getSimpleName(), e.getClass().getName());
            endSession(SessionEnd.Reason.ABANDONED);
        }
        publish();
    }

    private void onStaff(StaffDesk.Outcome outcome) throws DeviceUnavailableException {
        switch (outcome) {
            case STAY -> {
            }
            case RESUME -> {
                staff.close(false);
                resume();
            }
            case HAND_OVER -> {
                // the resident applies now with the form staff printed, from the scan step, in their language
                session.language(Language.byCode(staff.handOverLanguage()).orElse(session.language()));
                session.need(Need.APPLY);
                staff.end(false);
                state = KioskState.ATTRACT; // so that go() enters the scan step afresh
                go(KioskState.SCAN_FORM);
            }
            case ACCEPT_HEAD_COVERING -> {
                staff.close(false);
                resume();
                go(steps.on(state, new FlowEvent.StaffAcceptHeadCovering(), session));
            }
            case EXIT_KIOSK -> {
                staff.close(false);
                endSession(SessionEnd.Reason.ABANDONED);
                listeners.forEach(FlowListener::exitRequested);
            }
        }
    }

    /** Back to where the resident was before the call or staff mode (the attract screen if nobody was there). */
    private void resume() throws DeviceUnavailableException {
        KioskState back = staff.forgetResume().orElse(KioskState.ATTRACT);
        steps.leave(state);
        if (back == KioskState.ERROR) {
            if (fault != null && !devices.of(fault.kind()).status().ready()) {
                state = KioskState.ERROR;
                return;
            }
            fault = null; // the device came back while staff were here
            back = resumeAfterFault == null ? KioskState.ATTRACT : resumeAfterFault;
        }
        state = KioskState.ATTRACT; // the resident's state is entered afresh: scanner armed, live view on again
        if (back == KioskState.ATTRACT) {
            enterQuietly(KioskState.ATTRACT);
        } else {
            go(back);
        }
    }

    private void go(KioskState next) throws DeviceUnavailableException {
        if (next == state) {
            return;
        }
        for (DeviceKind kind : next.devicesNeeded()) {
            DeviceStatus status = devices.of(kind).status();
            if (!status.ready()) {
                resumeAfterFault = next;
                enterError(status);
                return;
            }
        }
        steps.leave(state);
        LOG.info("flow {} -> {}", state, next);
        state = next;
        KioskState after = steps.enter(next, session);
        if (after != next) {
            go(after);
        }
    }

    private void onDevice(DeviceStatus status) throws DeviceUnavailableException {
        if (!status.ready() && state.needs(status.kind())) {
            stopFor(status);
        } else if (status.ready() && state == KioskState.ERROR && fault != null && fault.kind() == status.kind()) {
            LOG.info("{} is back; resuming {}", status.kind(), resumeAfterFault);
            fault = null;
            go(resumeAfterFault);
        }
    }

    private void stopFor(DeviceStatus status) {
        LOG.warn("{} is {} during {}", status.kind(), status.condition(), state);
        if (state != KioskState.ERROR) {
            resumeAfterFault = state;
            steps.leave(state);
        }
        enterError(status);
    }

    private void enterError(DeviceStatus status) {
        fault = status;
        state = KioskState.ERROR;
    }

    private void checkIdle() {
        if (state == KioskState.ATTRACT) {
            return;
        }
        Duration quiet = Duration.between(lastActivity, clock.instant());
        if (quiet.compareTo(idle.quietFor(state).plus(idle.warningFor())) >= 0) {
            endSession(SessionEnd.Reason.TIMED_OUT);
        }
    }

    private Optional<Long> warningSecondsLeft() {
        if (state == KioskState.ATTRACT) {
            return Optional.empty();
        }
        Duration quiet = Duration.between(lastActivity, clock.instant());
        if (quiet.compareTo(idle.quietFor(state)) < 0) {
            return Optional.empty();
        }
        Duration left = idle.quietFor(state).plus(idle.warningFor()).minus(quiet);
        return Optional.of(Math.max(0, (left.toMillis() + 999) / 1000));
    }

    /**
     * Wipes everything personal (staff mode's too, and the printer's copies of the session's
     * documents), records that it did, and shows the attract screen.
     */
    private void endSession(SessionEnd.Reason reason) {
        staff.end(reason == SessionEnd.Reason.TIMED_OUT && state == KioskState.STAFF);
        steps.leave(state);
        // "applied": the resident was told their application is sent or saved (never a refusal)
        boolean applied = session.confirmation().map(Confirmation::confirmed).orElse(false);
        session.wipe();
        forgetPrinted();
        SessionEnd end = new SessionEnd(session.number(), reason, clock.instant(), applied);
        LOG.info("session {} ended ({}); personal data wiped", end.session(), reason);
        session = new Session(++sessions, defaultLanguage);
        fault = null;
        resumeAfterFault = null;
        steps.forgetPrintProblem();
        state = KioskState.ATTRACT;
        enterQuietly(KioskState.ATTRACT);
        listeners.forEach(l -> l.sessionEnded(end));
    }

    /** Entry actions of a state that needs no device to be shown (the attract screen's badge reader). */
    private void enterQuietly(KioskState entered) {
        try {
            steps.enter(entered, session);
        } catch (DeviceUnavailableException e) {
            LOG.warn("{} could not be entered fully: {}", entered, e.status().condition());
        }
    }

    private void note(FlowFact fact) {
        listeners.forEach(l -> l.noted(fact));
    }

    /** The printer drops its copies of this session's jobs; a failure there must not keep the next resident waiting. */
    private void forgetPrinted() {
        try {
            devices.printer().forgetJobs();
        } catch (RuntimeException e) {
            LOG.error("printer could not forget the session's jobs: {}", e.getClass().getName());
        }
    }

    private void publish() {
        FlowSnapshot snapshot = snapshot();
        listeners.forEach(l -> l.changed(snapshot));
    }
}
