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

/** {@code ./kiosk run}: the fullscreen kiosk on the configured devices (simulated by default). */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Start the fullscreen kiosk (simulated devices unless kiosk.properties names hardware).")
public class RunCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config;

    @Option(names = "--windowed", description = "A 1920x1080 window instead of fullscreen (development).")
    boolean windowed;

    @Override
    public Integer call() throws Exception {
        Kiosk kiosk = Kiosk.start(config.settings(), Clock.systemDefaultZone());
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(kiosk::close, "kiosk-shutdown"));
        Platform.startup(() -> {
            Stage stage = new Stage();
            KioskStage.show(stage, kiosk.flow(), kiosk.devices().camera(), kiosk::send, !windowed);
            stage.setOnHidden(e -> closed.countDown());
            afterStart(kiosk, stage, closed);
        });
        closed.await();
        kiosk.close();
        Platform.exit();
        return 0;
    }

    /** What a subclass adds once the kiosk is on screen (the simulator panel). */
    protected void afterStart(Kiosk kiosk, Stage kioskStage, CountDownLatch closed) {
    }
}
