package jp.madoguchi.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import jp.madoguchi.kiosk.flow.FlowEvent;
import jp.madoguchi.kiosk.flow.KioskState;
import jp.madoguchi.kiosk.flow.SimBench;
import jp.madoguchi.kiosk.flow.StaffBench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Staff mode on the real screens, headless: a long press on the staff corner opens staff sign-in,
 * and escape keys and window closing act only for signed-in staff (as "Exit kiosk", audited).
 */
@ExtendWith(ApplicationExtension.class)
class StaffScreenTest {
    StaffBench kiosk;
    Stage stage;
    Path folder;

    @BeforeAll
    static void models() {
        SimBench.requireFaceModels(); // before TestFX starts the stage, so that a missing model is a skip
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        folder = Files.createTempDirectory("staff-screen");
        kiosk = new StaffBench(folder, false);
        KioskStage.show(stage, kiosk.flow, kiosk.camera, kiosk.flow::handle, false);
    }

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @Test
    void holdingTheTopLeftCornerOpensStaffSignInAndCancelGivesTheKioskBack(FxRobot robot) throws Exception {
        robot.moveTo(robot.lookup(".kiosk").query(), Pos.TOP_LEFT, new Point2D(20, 20), Motion.DIRECT);
        robot.press(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> kiosk.flow.state() == KioskState.STAFF);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible(robot, "Staff sign-in")).isTrue();
        assertThat(visible(robot, "Exit kiosk")).as("nothing but signing in before the PIN").isFalse();

        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.ATTRACT);

        robot.moveTo(robot.lookup(".kiosk").query(), Pos.TOP_LEFT, new Point2D(20, 20), Motion.DIRECT);
        robot.clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kiosk.flow.state()).as("a short tap in the corner is an ordinary tap").isEqualTo(KioskState.LANGUAGE);
    }

    @Test
    void escapeKeysDoNothingUntilStaffSignInThenTheyExitTheKioskAndAreAudited(FxRobot robot) throws Exception {
        Platform.runLater(() -> kiosk.flow.handle(new FlowEvent.StaffCorner()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.ESCAPE);
        robot.push(KeyCode.ALT, KeyCode.F4);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).as("not signed in: the kiosk stays").isTrue();

        kiosk.keypad(StaffBench.STAFF_ID);
        kiosk.keypad(StaffBench.PIN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible(robot, "Exit kiosk")).isTrue();
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertThat(kiosk.exitRequested).isTrue();
        assertThat(kiosk.flow.state()).as("everything wiped").isEqualTo(KioskState.ATTRACT);
        assertThat(kiosk.audit.verify().records()).as("login, then the exit").isEqualTo(2);
    }

    @Test
    void closingTheWindowActsOnlyForSignedInStaff(FxRobot robot) throws Exception {
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
        kiosk.flow.handle(new FlowEvent.StaffCorner());
        kiosk.keypad(StaffBench.STAFF_ID);
        kiosk.keypad(StaffBench.PIN);
        WaitForAsyncUtils.waitForFxEvents();
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertThat(kiosk.exitRequested).isTrue();
    }

    private static boolean visible(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n.isVisible() && text.equals(KioskScreenTest.shown(n))).tryQuery().isPresent();
    }
}
