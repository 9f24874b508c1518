package jp.madoguchi.kiosk.flow;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Flow tests start each case on a fresh simulated kiosk whose printer writes into a temporary folder. */
abstract class OnSimulatedKiosk {
    @TempDir
    Path printed;
    SimBench kiosk;

    @BeforeEach
    void startKiosk() {
        kiosk = new SimBench(printed);
    }

    @AfterEach
    void stopKiosk() {
        if (kiosk != null) { // null when set-up was skipped for a missing system part
            kiosk.close();
        }
    }
}
