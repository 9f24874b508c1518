package jp.madoguchi.kiosk.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Consumer;
import jp.madoguchi.kiosk.flow.FlowEvent;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.kiosk.scenario.record.JourneyRecorder;
import jp.madoguchi.rules.advice.Need;
import jp.madoguchi.sim.panel.SamplePayloads;
import jp.madoguchi.sim.panel.SimControls;
import jp.madoguchi.sim.scene.Scene;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, point 4: "save what I just did as a scenario". A visit is driven through the hooks the
 * simulator uses (taps as the kiosk window's view model sends them, the panel's controls), saved,
 * and the saved file is run by the scenario runner: it must pass and end on the screen the visit
 * ended on.
 */
class ScenarioRecordingTest {
    @BeforeAll
    static void models() {
        ScenarioTesting.requireModels();
    }

    /** A kiosk as `./kiosk sim` wires it: taps recorded on their way to the flow, the panel's controls reporting to the recorder. */
    private record Session(ScenarioKiosk kiosk, JourneyRecorder recorder, Consumer<FlowEvent> taps, SimControls panel)
        implements AutoCloseable {
        static Session start() {
            ScenarioKiosk kiosk = ScenarioTesting.kiosk(Scenario.Setup.standard());
            JourneyRecorder recorder = new JourneyRecorder(Scenario.Setup.standard(), kiosk.clock, kiosk.now());
            kiosk.flow().addListener(recorder);
            Consumer<FlowEvent> taps = e -> {
                recorder.resident(e);
                kiosk.send(e);
            };
            return new Session(kiosk, recorder, taps, new SimControls(kiosk.devices.all(), recorder::panel));
        }

        /** Time passes as it does on the live kiosk: the clock ticks every second (the panel's "+2 min" too). */
        void pass(Duration time) {
            for (long s = 0; s < time.toSeconds(); s++) {
                kiosk.clock.advance(Duration.ofSeconds(1));
                kiosk.send(new FlowEvent.Tick());
            }
        }

        /** A press on a button, as the kiosk window sends it: a Touch (KioskRoot's filter), then the button's event. */
        void press(FlowEvent button) {
            taps.accept(new FlowEvent.Touch());
            taps.accept(button);
        }

        void type(String digits) {
            digits.chars().forEach(c -> press(new FlowEvent.KeyDigit(c - '0')));
        }

        @Override
        public void close() {
            kiosk.close();
        }
    }

    @Test
    void aRecordedVisitWithAFaultAndARefusedPhotoReplaysToTheSameScreen() {
        String yaml;
        String endedOn;
        try (Session s = Session.start()) {
            s.press(new FlowEvent.Begin());
            s.press(new FlowEvent.ChooseLanguage(Language.ENGLISH));
            s.press(new FlowEvent.ChooseNeed(Need.APPLY));
            s.pass(Duration.ofSeconds(3));
            s.panel.present(SamplePayloads.validFormId());
            s.panel.showScene(Scene.TOO_FAR);
            s.press(new FlowEvent.TakePhoto());
            s.press(new FlowEvent.Retake());
            s.panel.showSetup(Scene.TOO_FAR, Scene.RESIDENT.setup()); // "Closer" until the resident sits right
            s.press(new FlowEvent.TakePhoto());
            s.press(new FlowEvent.AcceptPhoto());
            s.press(new FlowEvent.ChooseCertificates(true, false));
            s.type("19950402");
            s.press(new FlowEvent.ConfirmBirthDate());
            s.press(new FlowEvent.ChooseBraille(false));
            s.panel.printerFault("paper_out");
            s.pass(Duration.ofSeconds(20));
            s.press(new FlowEvent.Submit());
            s.kiosk.deliver();
            s.panel.plug("printer", true);
            s.press(new FlowEvent.Print());
            endedOn = ScenarioRunner.screenName(s.kiosk.now());
            yaml = s.recorder.yaml();
        }
        assertThat(endedOn).isEqualTo("done");
        assertThat(yaml).containsOnlyOnce("tap: attract.touch").doesNotContain("# a tap the recorder cannot name");
        assertThat(yaml).contains("tap: {language: en}", "tap: {need: apply}", "camera: too-far", "tap: photo.take",
            "tap: review.retake", "tap: {user_identification: no}", "type: \"19950402\"", "printer: paper_out", "wait: 20s",
            "replug: printer", "tap: done.reprint", "expect: {screen: review}");
        ScenarioRunner.Run run = replay(yaml);
        assertThat(run.failure()).as(yaml).isEmpty();
        assertThat(run.passed()).isTrue();
        assertThat(ScenarioRunner.screenName(run.steps().get(run.steps().size() - 1).after())).isEqualTo(endedOn);
    }

    @Test
    void whatTheResidentWearsOnThePanelIsRecordedAsTheCamerasPropAndReplays() {
        String yaml;
        try (Session s = Session.start()) {
            s.press(new FlowEvent.Begin());
            s.press(new FlowEvent.ChooseLanguage(Language.ENGLISH));
            s.press(new FlowEvent.ChooseNeed(Need.APPLY));
            s.panel.present(SamplePayloads.validFormId());
            s.panel.showSetup(Scene.RESIDENT, Scene.RESIDENT.setup().withProp(jp.madoguchi.sim.scene.SceneSetup.Prop.SUNGLASSES));
            s.press(new FlowEvent.TakePhoto());
            yaml = s.recorder.yaml();
        }
        assertThat(yaml).contains("camera: {scene: resident, prop: sunglasses}", "tap: photo.take");
        ScenarioRunner.Run run = replay(yaml);
        assertThat(run.failure()).as(yaml).isEmpty();
        assertThat(run.steps().get(run.steps().size() - 1).after().photoCoaching().refusal().orElseThrow().verdict().first())
            .isEqualTo(jp.madoguchi.rules.photo.PhotoReason.EYES_COVERED);
    }

    @Test
    void aVisitLeftAloneRecordsTheWaitForTheIdleTimeout() {
        String yaml;
        try (Session s = Session.start()) {
            s.press(new FlowEvent.Begin());
            s.press(new FlowEvent.ChooseLanguage(Language.ENGLISH));
            s.pass(Duration.ofMinutes(2).plusSeconds(10)); // the panel's "+2 min": past the warning, the session is wiped
            assertThat(ScenarioRunner.screenName(s.kiosk.now())).isEqualTo("attract");
            yaml = s.recorder.yaml();
        }
        assertThat(yaml).contains("wait: {until: attract");
        ScenarioRunner.Run run = replay(yaml);
        assertThat(run.failure()).as(yaml).isEmpty();
        assertThat(run.steps().get(run.steps().size() - 1).after().state().name()).isEqualTo("ATTRACT");
    }

    @Test
    void theIdleWarningsContinueIsRecordedAsItsButton() {
        String yaml;
        try (Session s = Session.start()) {
            s.press(new FlowEvent.Begin());
            s.pass(Duration.ofSeconds(95));
            s.press(new FlowEvent.Touch()); // the warning's "I'm still here" button
            s.taps.accept(new FlowEvent.Touch()); // a tap on no button: nothing to record
            yaml = s.recorder.yaml();
        }
        assertThat(yaml).contains("wait: 1m35s", "tap: idle.continue").containsOnlyOnce("tap: idle.continue");
        assertThat(yaml.lines().filter(l -> l.startsWith("  - tap:")).count()).as("taps recorded").isEqualTo(2);
        assertThat(replay(yaml).failure()).as(yaml).isEmpty();
    }

    private static ScenarioRunner.Run replay(String yaml) {
        return ScenarioTesting.runner().run(ScenarioParser.parse(yaml, "recorded.yaml"), 1, (r, k) -> { });
    }
}
