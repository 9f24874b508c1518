package jp.madoguchi.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import javafx.scene.Node;
import javafx.stage.Stage;
import jp.madoguchi.devices.api.DeviceKind;
import jp.madoguchi.kiosk.flow.FlowEvent;
import jp.madoguchi.kiosk.flow.KioskState;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.kiosk.flow.SimBench;
import jp.madoguchi.rules.advice.Need;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A development kiosk on simulated devices says so on every screen, in the screen's language. */
@ExtendWith(ApplicationExtension.class)
class SimulatedMarkTest {
    @TempDir
    static Path printed;
    SimBench kiosk;

    @BeforeAll
    static void models() {
        SimBench.requireFaceModels(); // before TestFX starts the stage, so that a missing model is a skip
    }

    @Start
    void start(Stage stage) {
        kiosk = new SimBench(printed);
        KioskStage.show(stage, kiosk.flow, kiosk.camera, kiosk.flow::handle, false,
            EnumSet.of(DeviceKind.CAMERA, DeviceKind.PRINTER, DeviceKind.GATEWAY));
    }

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @Test
    void everyScreenCarriesTheMarkAndTapsPassThroughIt(FxRobot robot) {
        assertThat(mark(robot)).hasValue("シミュレーター（ほんもの では ない きかい）: カメラ, プリンター, 申請の 送信");
        robot.clickOn(".attract");
        kiosk.flow.handle(new FlowEvent.ChooseLanguage(Language.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(mark(robot)).hasValue("Simulated devices: camera, printer, application gateway");
        kiosk.flow.handle(new FlowEvent.ChooseNeed(Need.APPLY));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.SCAN_FORM);
        assertThat(mark(robot)).isPresent();
        Node node = robot.lookup(".simulated-mark").query();
        assertThat(node.isMouseTransparent()).isTrue();
        assertThat(node.getBoundsInParent().getHeight()).as("small").isLessThan(60);
    }

    private static Optional<String> mark(FxRobot robot) {
        return robot.lookup(".simulated-mark").tryQuery().filter(Node::isVisible).map(KioskScreenTest::shown);
    }
}
