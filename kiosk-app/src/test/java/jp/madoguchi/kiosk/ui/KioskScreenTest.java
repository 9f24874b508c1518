package jp.madoguchi.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import jp.madoguchi.kiosk.flow.KioskState;
import jp.madoguchi.kiosk.flow.SimBench;
import jp.madoguchi.kiosk.ui.view.RubyText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real screens on the real flow and simulated devices, headless (Monocle): a resident taps
 * through to the photo step, and the escape keys do not get them out of the kiosk.
 */
@ExtendWith(ApplicationExtension.class)
class KioskScreenTest {
    @TempDir
    static Path printed;
    SimBench kiosk;
    Stage stage;

    @BeforeAll
    static void models() {
        SimBench.requireFaceModels(); // before TestFX starts the stage, so that a missing model is a skip
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        kiosk = new SimBench(printed);
        KioskStage.show(stage, kiosk.flow, kiosk.camera, kiosk.flow::handle, false);
    }

    @AfterEach
    void stop() {
        if (kiosk != null) { // null when set-up was skipped for a missing system part
            kiosk.close();
        }
    }

    @Test
    void aResidentTapsThroughToThePhotoStepInEnglish(FxRobot robot) {
        assertThat(robot.lookup(".simulated-mark").tryQuery()).as("no mark without simulated devices").isEmpty();
        robot.clickOn(".attract");
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.LANGUAGE);
        robot.clickOn("English");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible(robot, "What do you need today?")).isTrue();

        robot.clickOn("Apply for a My Number Card");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible(robot, "Show the QR code on your application form")).isTrue();

        kiosk.scanner.present("123456789018");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible(robot, "This looks like your 12-digit Individual Number.", true)).isTrue();

        kiosk.scanner.present(SimBench.FORM_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible(robot, "Take the photo")).isTrue();
        robot.clickOn("Take the photo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.REVIEW);
        assertThat(visible(robot, "Use this photo")).isTrue();
    }

    @Test
    void escapeKeysDoNotLeaveTheKiosk(FxRobot robot) {
        robot.clickOn(".attract");
        robot.push(KeyCode.ESCAPE);
        robot.push(KeyCode.ALT, KeyCode.F4);
        robot.push(KeyCode.CONTROL, KeyCode.W);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.LANGUAGE);
        Platform.runLater(() -> stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).as("a close request is refused outside staff mode").isTrue();
    }

    private static boolean visible(FxRobot robot, String text) {
        return visible(robot, text, false);
    }

    private static boolean visible(FxRobot robot, String text, boolean prefix) {
        return robot.lookup((Node n) -> n.isVisible() && shown(n) != null
            && (prefix ? shown(n).startsWith(text) : shown(n).equals(text))).tryQuery().isPresent();
    }

    /** The words a node shows: a label's, or a text node's (furigana left out). */
    static String shown(Node n) {
        return n instanceof Labeled l ? l.getText() : n instanceof RubyText r ? r.getText() : null;
    }
}
