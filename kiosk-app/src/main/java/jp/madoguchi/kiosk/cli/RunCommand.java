package jp.madoguchi.kiosk.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;
import jp.madoguchi.kiosk.app.Kiosk;
import jp.madoguchi.kiosk.ui.KioskStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import jp.madoguchi.devices.spi.Settings;

/** {@code ./kiosk run}: the fullscreen kiosk on the configured devices (simulated by default). */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Start the fullscreen kiosk (simulated devices unless kiosk.properties names hardware).")
public class RunCommand implements Callable<Integer> {
    static final int NO_DISPLAY = 1;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(names = "--windowed", description = "A 1920x1080 window instead of fullscreen (development).")
    boolean windowed;

    @Override
    public Integer call() throws Exception {
        Settings settings = config.settings(); // a configuration mistake is reported before anything else
        refuse(settings);
        if (System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            spec.commandLine().getErr().println("kiosk: no display (DISPLAY is not set): '" + spec.name()
                + "' needs a screen.\nkiosk: on a headless machine: xvfb-run -s '-screen 0 1920x1080x24' ./kiosk, "
                + "or render the screens with ./kiosk shots --out DIR");
            return NO_DISPLAY;
        }
        Kiosk kiosk = Kiosk.start(settings, clock());
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(kiosk::close, "kiosk-shutdown"));
        Platform.startup(() -> {
            Stage stage = new Stage();
            kiosk.narrate(KioskStage.show(stage, kiosk.flow(), kiosk.devices().camera(), taps(kiosk, settings), !windowed,
                kiosk.simulatedDevices()));
            stage.setOnHidden(e -> closed.countDown());
            afterStart(kiosk, stage, closed);
        });
        closed.await();
        kiosk.close();
        Platform.exit();
        return 0;
    }

    /** The kiosk's clock: the system's, which nobody can move (the simulator's can be moved on). */
    protected Clock clock() {
        return Clock.systemDefaultZone();
    }

    /** Where the screen's taps go: to the flow (the simulator also records them). */
    protected java.util.function.Consumer<jp.madoguchi.kiosk.flow.FlowEvent> taps(Kiosk kiosk, Settings settings) {
        return kiosk::send;
    }

    /** A subclass's own reasons not to start (the simulator panel is for development only). */
    protected void refuse(Settings settings) {
    }

    /** What a subclass adds once the kiosk is on screen (the simulator panel). */
    protected void afterStart(Kiosk kiosk, Stage kioskStage, CountDownLatch closed) {
    }
}
