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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's state machine. It owns the session, reacts to events one at a time, and knows
 * nothing of JavaFX: screens render its {@link FlowSnapshot}s, and time comes from the
 * injected clock so tests can leave it "idle" without sleeping.
 *
 * <p>What each state does with an event lives in {@link Steps}; this class handles what is
 * common to all: idle timeout, device faults, entering and leaving states, and telling
 * listeners.
 */
public final class Flow {
    private static final Logger LOG = LoggerFactory.getLogger(Flow.class);

    private final Clock clock;
    private final IdlePolicy idle;
    private final KioskDevices devices;
    private final Steps steps;
    private final Language defaultLanguage;
    private final CounterAdvice advice;
    private final List<FlowListener> listeners = new CopyOnWriteArrayList<>();

    private KioskState state = KioskState.ATTRACT;
    private KioskState resumeAfterFault;
    private DeviceStatus fault;
    private Session session;
    private long sessions;
    private Instant lastActivity;

    public Flow(Clock clock, IdlePolicy idle, KioskDevices devices, SessionSheets sheets, CounterAdvice advice,
                Language defaultLanguage, PhotoInspector photos, Submission submission) {
        this.clock = clock;
        this.advice = advice;
        this.idle = idle;
        this.devices = devices;
        this.defaultLanguage = defaultLanguage;
        this.steps = new Steps(devices, sheets, advice, new PhotoStep(devices, photos, clock),
            new ApplicationStep(submission, clock));
        this.session = new Session(++sessions, defaultLanguage);
        this.lastActivity = clock.instant();
    }

    public void addListener(FlowListener listener) {
        listeners.add(listener);
    }

    public synchronized KioskState state() {
        return state;
    }

    public synchronized FlowSnapshot snapshot() {
        return FlowSnapshot.of(state, session, advice, warningSecondsLeft(), Optional.ofNullable(fault),
            steps.printProblem(), devices.printer().status().ready(), steps.coaching(session));
    }

    /** Handles one event completely (device calls included) before the next; any thread may call. */
    public synchronized void handle(FlowEvent event) {
        if (event.byResident()) {
            lastActivity = clock.instant();
        }
        try {
            if (event instanceof Tick) {
                checkIdle();
                go(steps.onTick(state, session));
            } else if (event instanceof DeviceChanged changed) {
                onDevice(changed.status());
            } else if (event instanceof StartOver) {
                endSession(SessionEnd.Reason.ABANDONED);
            } else if (state == KioskState.ERROR) {
                return; // only Start over, or the device coming back, leave the error screen
            } else {
                KioskState next = steps.on(state, event, session);
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
        if (quiet.compareTo(idle.quietFor().plus(idle.warningFor())) >= 0) {
            endSession(SessionEnd.Reason.TIMED_OUT);
        }
    }

    private Optional<Long> warningSecondsLeft() {
        if (state == KioskState.ATTRACT) {
            return Optional.empty();
        }
        Duration quiet = Duration.between(lastActivity, clock.instant());
        if (quiet.compareTo(idle.quietFor()) < 0) {
            return Optional.empty();
        }
        Duration left = idle.quietFor().plus(idle.warningFor()).minus(quiet);
        return Optional.of(Math.max(0, (left.toMillis() + 999) / 1000));
    }

    /** Wipes everything personal, records that it did, and shows the attract screen. */
    private void endSession(SessionEnd.Reason reason) {
        steps.leave(state);
        session.wipe();
        SessionEnd end = new SessionEnd(session.number(), reason, clock.instant());
        LOG.info("session {} ended ({}); personal data wiped", end.session(), reason);
        session = new Session(++sessions, defaultLanguage);
        fault = null;
        resumeAfterFault = null;
        steps.forgetPrintProblem();
        state = KioskState.ATTRACT;
        listeners.forEach(l -> l.sessionEnded(end));
    }

    private void publish() {
        FlowSnapshot snapshot = snapshot();
        listeners.forEach(l -> l.changed(snapshot));
    }
}
