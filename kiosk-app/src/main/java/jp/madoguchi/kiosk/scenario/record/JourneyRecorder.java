package jp.madoguchi.kiosk.scenario.record;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.madoguchi.kiosk.flow.FlowEvent;
import jp.madoguchi.kiosk.flow.FlowListener;
import jp.madoguchi.kiosk.flow.FlowSnapshot;
import jp.madoguchi.kiosk.scenario.Scenario;
import jp.madoguchi.kiosk.scenario.ScenarioRunner;
import jp.madoguchi.kiosk.staff.StaffBadge;
import jp.madoguchi.kiosk.staff.StaffInput;
import jp.madoguchi.kiosk.staff.StaffPage;
import jp.madoguchi.sim.panel.PanelAction;
import jp.madoguchi.sim.panel.PanelHooks;

/**
 * Records a simulator session as a scenario file: the resident's taps (by what they meant, read at
 * the view model's {@code send}), what the developer did through the panel, the time that passed
 * between them (waits, by the kiosk's clock, so the panel's "+2 min" counts), and the screens
 * passed through (an {@code expect: screen} before each step done on a new screen, and at the
 * end), so the saved file replays the visit and checks it. A screen that came on its own after a
 * while (the photo taken by itself, the idle timeout) is waited for with {@code wait: {until: ...}}.
 * Staff PINs are never written: the saved file signs its staff in with a PIN of its own.
 */
public final class JourneyRecorder implements PanelHooks.Recording, FlowListener {
    /** The PIN the saved file gives the staff it signs in (the one typed is not recorded). */
    static final String SCENARIO_PIN = "135790";
    private static final Duration SECOND = Duration.ofSeconds(1);
    private final Scenario.Setup setup;
    private final Clock clock;
    private final List<String> steps = new ArrayList<>();
    private final Set<String> staffIds = new LinkedHashSet<>();
    private final StaffKeys staffKeys = new StaffKeys();
    private FlowSnapshot latest;
    /** The screen the file last expected; when the last step was written; when the screen shown now came. */
    private String expected;
    private Instant last;
    private Instant screenSince;
    /**
     * A press on the screen sends a Touch before the button's own event (KioskRoot), and a Touch alone
     * already starts a visit or dismisses the idle warning: once it has been recorded as that, the
     * rest of the same press (Begin, the warning's own button) is not recorded again.
     */
    private boolean touchCounted;

    public JourneyRecorder(Scenario.Setup setup, Clock clock, FlowSnapshot now) {
        this.setup = setup;
        this.clock = clock;
        this.latest = now;
        restart();
    }

    @Override
    public synchronized void restart() {
        steps.clear();
        staffIds.clear();
        expected = ScenarioRunner.screenName(latest);
        last = clock.instant();
        screenSince = last;
        if (!expected.equals("attract")) {
            steps.add("# recorded from screen " + expected + ": a scenario starts on the attract screen, so start recording there");
        }
    }

    @Override
    public synchronized int steps() {
        return steps.size();
    }

    @Override
    public synchronized void changed(FlowSnapshot snapshot) {
        String screen = ScenarioRunner.screenName(snapshot);
        if (!screen.equals(ScenarioRunner.screenName(latest))) {
            screenSince = clock.instant();
            touchCounted &= !screen.equals("attract");
        }
        touchCounted &= !(snapshot.idleWarning().isPresent() && latest.idleWarning().isEmpty());
        latest = snapshot;
    }

    /** A tap on the kiosk's screen, as the view model sends it to the flow (call before sending it). */
    public synchronized void resident(FlowEvent event) {
        boolean touch = event instanceof FlowEvent.Touch || event instanceof FlowEvent.Begin;
        if (event instanceof FlowEvent.KeyDigit d) {
            boolean gap = before();
            int end = steps.size() - 1;
            if (!gap && end >= 0 && steps.get(end).startsWith("type: \"")) {
                steps.set(end, steps.get(end).substring(0, steps.get(end).length() - 1) + d.digit() + "\"");
            } else {
                steps.add("type: \"" + d.digit() + "\"");
            }
        } else if (event instanceof FlowEvent.Staff s) {
            staff(s.input());
        } else if (!(touch && touchCounted)) { // else the rest of a press already recorded
            List<String> taps = TapWords.of(event, latest);
            if (!taps.isEmpty()) {
                before();
                steps.addAll(taps);
            }
            touchCounted = touch && taps.stream().anyMatch(t -> t.equals("tap: attract.touch") || t.equals("tap: idle.continue"));
            return;
        }
        touchCounted &= touch;
    }

    /** What the developer did through the panel (told before it is done). */
    public synchronized void panel(PanelAction action) {
        before();
        steps.add(PanelWords.of(action));
        if (action instanceof PanelAction.Scan scan) {
            StaffBadge.staffId(scan.payload()).ifPresent(staffIds::add);
        }
    }

    private void staff(StaffInput input) {
        if (staffKeys.take(input)) {
            return;
        }
        StaffPage page = latest.staff().map(v -> v.page()).orElse(StaffPage.MENU);
        boolean signIn = input instanceof StaffInput.Enter && (page == StaffPage.SIGN_IN_ID || page == StaffPage.SIGN_IN_PIN);
        java.util.Optional<String> keys = signIn ? java.util.Optional.empty() : staffKeys.drainStep();
        String typed = signIn ? staffKeys.drain() : "";
        before();
        if (signIn && page == StaffPage.SIGN_IN_ID) {
            staffIds.add(typed);
            steps.add("staff: {id: " + YamlText.quoted(typed) + "}");
        } else if (signIn) {
            steps.add("staff: {pin: " + YamlText.quoted(SCENARIO_PIN) + "}  # the PIN typed is not recorded");
        } else {
            keys.ifPresent(steps::add);
            steps.add(StaffWords.of(input).orElse("# staff did something with no scenario word yet ("
                + input.getClass().getSimpleName() + ")"));
        }
    }

    /**
     * Before a step: the time that passed (waiting for a screen that came on its own), and the screen
     * the step is done on, if it is a new one. True if anything was written.
     */
    private boolean before() {
        int had = steps.size();
        Instant now = clock.instant();
        String screen = ScenarioRunner.screenName(latest);
        Instant from = last;
        if (!screen.equals(expected)) {
            Duration toScreen = Duration.between(last, screenSince);
            if (toScreen.compareTo(SECOND) >= 0) {
                steps.add("wait: {until: " + screen + ", timeout: " + YamlText.duration(toScreen.plusSeconds(10)) + "}");
                from = screenSince;
            }
            steps.add("expect: {screen: " + screen + "}");
            expected = screen;
        }
        Duration rest = Duration.between(from, now);
        if (rest.compareTo(SECOND) >= 0) {
            steps.add("wait: " + YamlText.duration(rest));
        }
        last = now;
        return steps.size() > had;
    }

    /** The recording so far as a scenario file, ending with the screen shown now. */
    @Override
    public synchronized String yaml() {
        List<String> kept = List.copyOf(steps);
        String wasExpected = expected;
        Instant wasLast = last;
        staffKeys.peekStep().ifPresent(steps::add);
        before();
        String closing = "expect: {screen: " + expected + "}";
        if (!steps.get(steps.size() - 1).equals(closing)) {
            steps.add(closing);
        }
        String text = YamlText.file("Recorded visit " + clock.instant().toString().substring(0, 16).replace('T', ' '),
            setup, List.copyOf(staffIds), SCENARIO_PIN, steps);
        steps.clear();
        steps.addAll(kept);
        expected = wasExpected;
        last = wasLast;
        return text;
    }
}
