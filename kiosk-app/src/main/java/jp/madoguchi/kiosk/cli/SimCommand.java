package jp.madoguchi.kiosk.cli;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import javafx.stage.Stage;
import jp.madoguchi.devices.spi.Settings;
import jp.madoguchi.devices.spi.SettingsException;
import jp.madoguchi.kiosk.app.Kiosk;
import jp.madoguchi.kiosk.app.KioskConfig;
import jp.madoguchi.kiosk.app.KioskMode;
import jp.madoguchi.kiosk.app.OffsetClock;
import jp.madoguchi.kiosk.flow.FlowEvent;
import jp.madoguchi.kiosk.flow.IdlePolicy;
import jp.madoguchi.kiosk.scenario.Scenario;
import jp.madoguchi.kiosk.scenario.record.JourneyRecorder;
import jp.madoguchi.sim.device.SimCodeScanner;
import jp.madoguchi.sim.panel.PanelHooks;
import jp.madoguchi.sim.panel.SimulatorPanel;
import picocli.CommandLine.Command;

/**
 * {@code ./kiosk sim}: the kiosk in a window plus the simulator's control panel. The kiosk runs on
 * a clock the panel can move on, and the session is recorded (taps and panel actions) so the panel
 * can save it as a scenario.
 */
@Command(name = "sim", mixinStandardHelpOptions = true,
    description = "Start the kiosk in a window with the simulator control panel (close the panel to quit).")
public final class SimCommand extends RunCommand {
    @picocli.CommandLine.Option(names = "--scenario", paramLabel = "FILE",
        description = "Play this scenario file (docs/SCENARIOS.md) step by step in the window, with the panel showing its devices.")
    java.nio.file.Path scenario;

    private final OffsetClock clock = new OffsetClock(Clock.systemDefaultZone());
    private JourneyRecorder recorder;

    public SimCommand() {
        windowed = true;
    }

    @Override
    public Integer call() throws Exception {
        if (scenario == null) {
            return super.call();
        }
        refuse(config.settings());
        return ScenarioRunCommand.play(spec, config.settings(), scenario);
    }

    @Override
    protected void refuse(Settings settings) {
        if (KioskConfig.mode(settings) == KioskMode.PRODUCTION) {
            throw new SettingsException("kiosk.mode", "is production; the simulator panel is for development "
                + "(use ./kiosk run on a production kiosk)");
        }
    }

    @Override
    protected Clock clock() {
        return clock;
    }

    /** The screen's taps are recorded (by what they meant) on their way to the flow. */
    @Override
    protected Consumer<FlowEvent> taps(Kiosk kiosk, Settings settings) {
        IdlePolicy idle = KioskConfig.idlePolicy(settings);
        String scanner = kiosk.devices().scanner() instanceof SimCodeScanner ? "serial" : "camera";
        Scenario.Setup setup = new Scenario.Setup(KioskConfig.language(settings), scanner, idle.quietFor(), idle.warningFor(),
            KioskConfig.submitWait(settings), List.of());
        recorder = new JourneyRecorder(setup, clock, kiosk.flow().snapshot());
        kiosk.flow().addListener(recorder);
        return event -> {
            recorder.resident(event);
            kiosk.send(event);
        };
    }

    @Override
    protected void afterStart(Kiosk kiosk, Stage kioskStage, CountDownLatch closed) {
        kioskStage.setX(0);
        kioskStage.setY(0);
        PanelHooks hooks = new PanelHooks(recorder::panel, clock, Optional.of(by -> {
            clock.advance(by);
            kiosk.send(new FlowEvent.Tick()); // the idle timer looks at once, not at the next second's tick
        }), Optional.of(recorder));
        Stage panel = SimulatorPanel.open(kiosk.devices().all(), hooks);
        panel.setOnHidden(e -> closed.countDown());
    }
}
