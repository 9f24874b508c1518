package jp.madoguchi.kiosk.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import jp.madoguchi.devices.api.DeviceCondition;
import jp.madoguchi.devices.api.LightScene;
import jp.madoguchi.kiosk.staff.ReissueField;
import jp.madoguchi.kiosk.staff.StaffInput;
import jp.madoguchi.kiosk.staff.StaffPage;
import jp.madoguchi.rules.advice.Need;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staff mode's edges in the flow: timing out, cancelling a call, faults, signing out back to the resident. */
class StaffModeTest {
    @TempDir
    Path folder;

    @Test
    void staffModeLeftAloneTimesOutToTheAttractScreenAndForgetsTheResident() {
        try (StaffBench kiosk = new StaffBench(folder, false)) {
            kiosk.flow.handle(new FlowEvent.StaffCorner());
            kiosk.keypad(StaffBench.STAFF_ID);
            kiosk.keypad(StaffBench.PIN);
            kiosk.staff(new StaffInput.Open(StaffPage.REISSUE_FIND));
            kiosk.staff(new StaffInput.Focus(ReissueField.CODE));
            kiosk.digits("20260001");
            kiosk.staff(new StaffInput.Find());
            assertThat(kiosk.now().staff().orElseThrow().reissue().chosen()).isPresent();

            kiosk.clock.advance(Duration.ofSeconds(119));
            kiosk.flow.handle(new FlowEvent.Tick());
            assertThat(kiosk.now().idleWarning()).as("no warning before the staff idle time").isEmpty();
            kiosk.clock.advance(Duration.ofSeconds(2));
            kiosk.flow.handle(new FlowEvent.Tick());
            assertThat(kiosk.now().idleWarning()).isPresent();
            kiosk.clock.advance(Duration.ofSeconds(30));
            kiosk.flow.handle(new FlowEvent.Tick());
            assertThat(kiosk.flow.state()).isEqualTo(KioskState.ATTRACT);
            assertThat(kiosk.ended).last().extracting(SessionEnd::reason).isEqualTo(SessionEnd.Reason.TIMED_OUT);

            kiosk.flow.handle(new FlowEvent.StaffCorner());
            assertThat(kiosk.now().staff().orElseThrow().signedIn()).as("signed out by the timeout").isFalse();
            assertThat(kiosk.now().staff().orElseThrow().reissue().chosen()).as("the resident is forgotten").isEmpty();
        }
    }

    @Test
    void aResidentCanStopWaitingAndGoesBackWhereTheyWere() {
        try (StaffBench kiosk = new StaffBench(folder, false)) {
            kiosk.flow.handle(new FlowEvent.Begin());
            kiosk.flow.handle(new FlowEvent.ChooseLanguage(Language.ENGLISH));
            kiosk.flow.handle(new FlowEvent.ChooseNeed(Need.APPLY));
            kiosk.flow.handle(new FlowEvent.CallStaff());
            assertThat(kiosk.serialScanner.armed()).as("reads a staff badge while the resident waits").isTrue();
            kiosk.flow.handle(new FlowEvent.CancelCall());
            assertThat(kiosk.flow.state()).isEqualTo(KioskState.SCAN_FORM);
            assertThat(kiosk.serialScanner.armed()).as("reading forms again").isTrue();
            assertThat(kiosk.lights.scene()).isEqualTo(LightScene.GUIDE);
            assertThat(kiosk.facts).anyMatch(f -> f instanceof FlowFact.CallCancelled);
        }
    }

    @Test
    void staffSigningOutGiveTheResidentBackTheirStepAndAFaultStaysShownUntilTheDeviceIsBack() {
        try (StaffBench kiosk = new StaffBench(folder, false)) {
            kiosk.flow.handle(new FlowEvent.Begin());
            kiosk.flow.handle(new FlowEvent.ChooseLanguage(Language.ENGLISH));
            kiosk.flow.handle(new FlowEvent.ChooseNeed(Need.APPLY));
            kiosk.serialScanner.unplug();
            assertThat(kiosk.flow.state()).isEqualTo(KioskState.ERROR);
            kiosk.flow.handle(new FlowEvent.CallStaff());
            assertThat(kiosk.flow.state()).as("a resident can call staff from the fault screen").isEqualTo(KioskState.STAFF_CALLED);
            kiosk.flow.handle(new FlowEvent.StaffCorner());
            kiosk.keypad(StaffBench.STAFF_ID);
            kiosk.keypad(StaffBench.PIN);
            kiosk.staff(new StaffInput.Open(StaffPage.DEVICES));
            assertThat(kiosk.now().staff().orElseThrow().devices()).anyMatch(d -> d.condition() == DeviceCondition.OFFLINE);
            kiosk.staff(new StaffInput.SignOut());
            assertThat(kiosk.flow.state()).as("still unplugged").isEqualTo(KioskState.ERROR);

            kiosk.flow.handle(new FlowEvent.StaffCorner());
            kiosk.keypad(StaffBench.STAFF_ID);
            kiosk.keypad(StaffBench.PIN);
            kiosk.serialScanner.replug();
            kiosk.staff(new StaffInput.SignOut());
            assertThat(kiosk.flow.state()).as("the scanner came back while staff were here").isEqualTo(KioskState.SCAN_FORM);
            assertThat(kiosk.serialScanner.armed()).isTrue();
        }
    }
}
