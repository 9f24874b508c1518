package jp.madoguchi.kiosk.cli;

import java.util.concurrent.CountDownLatch;
import javafx.stage.Stage;
import jp.madoguchi.devices.spi.Settings;
import jp.madoguchi.devices.spi.SettingsException;
import jp.madoguchi.kiosk.app.KioskConfig;
import jp.madoguchi.kiosk.app.KioskMode;
import jp.madoguchi.kiosk.app.Kiosk;
import jp.madoguchi.sim.panel.SimulatorPanel;
import picocli.CommandLine.Command;


/** {@code ./kiosk sim}: the kiosk in a window plus the simulator's control panel. */
@Command(name = "sim", mixinStandardHelpOptions = true,
    description = "Start the kiosk in a window with the simulator control panel (close the panel to quit).")
public final class SimCommand extends RunCommand {
    @picocli.CommandLine.Option(names = "--scenario", paramLabel = "FILE",
        description = "Play this scenario file (docs/SCENARIOS.md) step by step in the window, with the panel showing its devices.")
    java.nio.file.Path scenario;

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
    protected void afterStart(Kiosk kiosk, Stage kioskStage, CountDownLatch closed) {
        kioskStage.setX(0);
        kioskStage.setY(0);
        Stage panel = SimulatorPanel.open(kiosk.devices().all());
        panel.setOnHidden(e -> closed.countDown());
    }
}
