package jp.madoguchi.kiosk.scenario;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.madoguchi.kiosk.flow.CounterAdvice;
import jp.madoguchi.kiosk.flow.FlowEvent;
import jp.madoguchi.kiosk.flow.FlowSnapshot;
import jp.madoguchi.kiosk.flow.KioskState;
import jp.madoguchi.kiosk.flow.PhotoInspector;
import jp.madoguchi.kiosk.ui.model.ScreenModel;
import jp.madoguchi.kiosk.ui.model.ScreenModels;

/**
 * Plays a scenario on a {@link ScenarioKiosk}, step by step, and records what each step left on
 * screen and whether each expectation was met. Time moves in steps of 200 ms of the kiosk's clock;
 * at each one the kiosk's background work happens on this thread, as its threads would do it then:
 * the live photo check judges the camera's frame, the clock ticks, the outbox's sender makes a pass.
 * A step that cannot be done (a button not on screen, a wait that times out) ends the run there.
 */
public final class ScenarioRunner {
    static final Duration TICK = Duration.ofMillis(200);

    /** What one step did. {@code problem}: why the step could not be done, if it could not. */
    public record StepRecord(int number, Step step, FlowSnapshot after, Optional<BufferedImage> liveFrame,
                             List<Expectations.Result> results, Optional<String> problem, List<String> buttons,
                             List<String> devices) {
        public boolean passed() {
            return problem.isEmpty() && results.stream().allMatch(Expectations.Result::met);
        }
    }

    /** A whole run: passed when every step was done and every expectation met. */
    public record Run(Scenario scenario, long seed, List<StepRecord> steps, Duration simulated, double wallSeconds) {
        public boolean passed() {
            return steps.size() == scenario.steps().size() && steps.stream().allMatch(StepRecord::passed);
        }

        /** The first failure in plain words: the step, its line, and what differed. */
        public Optional<String> failure() {
            for (StepRecord r : steps) {
                if (r.problem().isPresent()) {
                    return Optional.of(where(r) + r.problem().get());
                }
                for (Expectations.Result e : r.results()) {
                    if (!e.met()) {
                        return Optional.of(where(r) + "expected " + e.check().describe() + ", but was " + e.actual());
                    }
                }
            }
            return Optional.empty();
        }

        private String where(StepRecord r) {
            return scenario.file() + " line " + r.step().line() + " (step " + r.number() + ", " + r.step().text() + "): ";
        }
    }

    /** Told each step as it is done (the window shows it; the storyboard waits for the end). */
    public interface Watcher {
        void stepDone(StepRecord record, ScenarioKiosk kiosk);
    }

    private final CounterAdvice advice;
    private final PhotoInspector photos;

    public ScenarioRunner(CounterAdvice advice, PhotoInspector photos) {
        this.advice = advice;
        this.photos = photos;
    }

    public Run run(Scenario scenario, long seed, Watcher watcher) {
        long start = System.nanoTime();
        List<StepRecord> records = new ArrayList<>();
        try (ScenarioKiosk kiosk = new ScenarioKiosk(scenario.setup(), seed, advice, photos)) {
            StepActions actions = new StepActions(kiosk, this::tick);
            int number = 0;
            for (Step step : scenario.steps()) {
                number++;
                Optional<String> problem;
                List<Expectations.Result> results = List.of();
                List<String> before = buttons(kiosk);
                try {
                    if (step instanceof Step.Expect expect) {
                        results = Expectations.check(expect, kiosk);
                    } else {
                        actions.perform(step);
                        settle(kiosk);
                    }
                    problem = Optional.empty();
                } catch (StepFailed e) {
                    problem = Optional.of(e.getMessage());
                }
                List<String> devices = new ArrayList<>();
                kiosk.deviceLogs(devices::add);
                FlowSnapshot after = detached(kiosk.now());
                StepRecord record = new StepRecord(number, step, after, liveFrame(kiosk, after), results, problem,
                    problem.isPresent() ? before : buttons(kiosk), List.copyOf(devices));
                records.add(record);
                watcher.stepDone(record, kiosk);
                if (problem.isPresent()) {
                    break;
                }
            }
            Duration simulated = Duration.between(ManualClock.START, kiosk.clock.instant());
            return new Run(scenario, seed, List.copyOf(records), simulated, (System.nanoTime() - start) / 1e9);
        }
    }

    /** What the kiosk's threads do right after an event: the sender's pass (a stored application goes out at once). */
    private void settle(ScenarioKiosk kiosk) {
        kiosk.deliver();
        kiosk.send(new FlowEvent.Tick());
    }

    /** 200 ms of the kiosk's life. */
    void tick(ScenarioKiosk kiosk) {
        if (kiosk.flow().state() == KioskState.PHOTO) {
            kiosk.camera.currentFrame().ifPresent(f -> kiosk.send(new FlowEvent.PhotoChecked(photos.inspect(f.image()))));
        }
        kiosk.clock.advance(TICK);
        kiosk.send(new FlowEvent.Tick());
        kiosk.deliver();
    }

    /**
     * The snapshot with its own copies of the photos: the session wipes its buffers when it ends, and
     * the storyboard draws each step's screen as it was.
     */
    static FlowSnapshot detached(FlowSnapshot s) {
        jp.madoguchi.kiosk.flow.PhotoCoaching c = s.photoCoaching();
        return new FlowSnapshot(s.state(), s.language(), s.need(), s.advice(), s.formId(), s.refusal(), s.photo().map(ScenarioRunner::copy),
            s.signatureCertificate(), s.userIdentificationCertificate(), s.confirmation(), s.sheetsPrinted(), s.idleWarning(),
            s.fault(), s.printProblem(), s.printerReady(), new jp.madoguchi.kiosk.flow.PhotoCoaching(c.instruction(), c.passing(),
                c.countdown(), c.refusedPhoto().map(ScenarioRunner::copy), c.refusal(), c.refusals(), c.offerStaff()),
            s.typedFormId(), s.scanByCamera(), s.birthDate(), s.brailleName(), s.submitRefusal(), s.staff());
    }

    private static BufferedImage copy(BufferedImage image) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = copy.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return copy;
    }

    /** The camera's picture where the screen shows it (the photo step, a scan screen that reads by camera). */
    private static Optional<BufferedImage> liveFrame(ScenarioKiosk kiosk, FlowSnapshot s) {
        boolean shows = s.state() == KioskState.PHOTO || (s.state() == KioskState.SCAN_FORM && s.scanByCamera());
        return shows ? kiosk.camera.currentFrame().map(f -> f.image()) : Optional.empty();
    }

    static List<String> buttons(ScenarioKiosk kiosk) {
        FlowSnapshot s = kiosk.now();
        ScreenModel screen = ScreenModels.of(s);
        List<String> out = new ArrayList<>(Buttons.onScreen(screen, s, new boolean[2]).keySet());
        if (screen instanceof ScreenModel.Languages l) {
            l.choices().forEach(c -> out.add("{language: " + c.language().code() + "}"));
        } else if (screen instanceof ScreenModel.Needs n) {
            n.choices().forEach(c -> out.add("{need: " + c.need().name().toLowerCase(Locale.ROOT) + "}"));
        } else if (screen instanceof ScreenModel.Certificates) {
            out.add("{signature: yes|no}");
            out.add("{user_identification: yes|no}");
        }
        return out;
    }

    /** A step that cannot be done as written; the message says what was on screen instead. */
    static final class StepFailed extends RuntimeException {
        StepFailed(String message) {
            super(message);
        }
    }

    public static String screenName(FlowSnapshot s) {
        return s.state().name().toLowerCase(Locale.ROOT);
    }
}
