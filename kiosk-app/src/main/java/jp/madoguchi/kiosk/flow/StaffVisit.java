package jp.madoguchi.kiosk.flow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import jp.madoguchi.kiosk.staff.StaffDesk;
import jp.madoguchi.kiosk.staff.StaffInput;
import jp.madoguchi.kiosk.staff.StaffView;

/**
 * The flow's side of staff help: where the resident was when they called staff or staff took the
 * kiosk (to go back there), how long a call has been waiting, and the hand-offs to the staff desk.
 * Used by {@link Flow} under its lock.
 */
final class StaffVisit {
    private final StaffDesk desk;
    private final Clock clock;
    private final Consumer<FlowFact> facts;
    private KioskState resumeTo;
    private Instant callStarted;

    StaffVisit(StaffDesk desk, Clock clock, Consumer<FlowFact> facts) {
        this.desk = desk;
        this.clock = clock;
        this.facts = facts;
    }

    boolean available() {
        return desk != null;
    }

    void remember(KioskState residentWasIn) {
        resumeTo = residentWasIn;
    }

    Optional<KioskState> forgetResume() {
        Optional<KioskState> back = Optional.ofNullable(resumeTo);
        resumeTo = null;
        return back;
    }

    void called() {
        callStarted = clock.instant();
        facts.accept(new FlowFact.StaffCalled());
    }

    void cancelled() {
        facts.accept(new FlowFact.CallCancelled(waited()));
        callStarted = null;
    }

    /** @param headCoveringToJudge the resident's photo was refused for a head covering alone (staff may allow it) */
    void open(Optional<String> badgeStaffId, Language residentLanguage, boolean headCoveringToJudge) {
        desk.open(badgeStaffId, residentLanguage.code(), callStarted != null,
            headCoveringToJudge && resumeTo == KioskState.REVIEW);
    }

    /** Hands staff's input to the desk; a sign-in while a resident waits answers their call. */
    StaffDesk.Outcome on(StaffInput input) {
        StaffDesk.Outcome outcome = desk.on(input);
        if (callStarted != null && desk.signedIn()) {
            facts.accept(new FlowFact.CallAnswered(waited()));
            callStarted = null;
        }
        return outcome;
    }

    Optional<StaffView> view() {
        return Optional.of(desk.view());
    }

    String handOverLanguage() {
        return desk.handOverLanguage();
    }

    /** Staff signed out: the desk forgets what was typed and the resident's details. */
    void close(boolean timedOut) {
        if (desk != null) {
            desk.close(timedOut);
        }
    }

    /** The visit is over (handed over, or the session ended): nothing to resume, no call waiting. */
    void end(boolean timedOutInStaffMode) {
        close(timedOutInStaffMode);
        resumeTo = null;
        callStarted = null;
    }

    private Duration waited() {
        return Duration.between(callStarted, clock.instant());
    }
}
