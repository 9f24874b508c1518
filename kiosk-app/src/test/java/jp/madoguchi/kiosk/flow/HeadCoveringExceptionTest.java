package jp.madoguchi.kiosk.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import jp.madoguchi.kiosk.staff.StaffInput;
import jp.madoguchi.kiosk.staff.StaffPage;
import jp.madoguchi.kiosk.ui.model.staff.StaffScreen;
import jp.madoguchi.kiosk.ui.model.staff.StaffScreens;
import jp.madoguchi.kiosk.vision.bench.PhotoVariants;
import jp.madoguchi.rules.advice.Need;
import jp.madoguchi.rules.photo.PhotoReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A head covering worn for religious or medical reasons: the photo check refuses it, the resident
 * calls staff, and staff allow it from their menu when the covering is the only problem. Only staff
 * can: the resident's screens cannot send the exception, and a covered face is never offered.
 */
class HeadCoveringExceptionTest {
    private static final String RESIDENT = "20260001";

    @TempDir
    Path folder;

    @Test
    void staffAllowAHeadscarfAndTheResidentGoesOn() throws Exception {
        try (StaffBench kiosk = new StaffBench(folder, false)) {
            atThePhotoStep(kiosk);
            kiosk.camera.show("headscarf", PhotoStepTest.variant("london_020_03.jpg", PhotoVariants.Kind.HEADSCARF));
            kiosk.flow.handle(new FlowEvent.TakePhoto());
            assertThat(kiosk.now().photoCoaching().refusal().orElseThrow().verdict().reasons())
                .containsExactly(PhotoReason.HEAD_COVERING);

            kiosk.flow.handle(new FlowEvent.StaffAcceptHeadCovering());
            assertThat(kiosk.now().photo()).as("the resident cannot allow it themselves").isEmpty();

            StaffScreen.Menu menu = callStaffAndSignIn(kiosk);
            assertThat(menu.headCovering()).as("offered first on the staff menu").isPresent();
            kiosk.staff(new StaffInput.AcceptHeadCovering());
            assertThat(kiosk.flow.state()).as("back to the resident's review").isEqualTo(KioskState.REVIEW);
            assertThat(kiosk.now().photo()).as("the photo is taken").isPresent();
            assertThat(kiosk.now().photoCoaching().refusal()).isEmpty();
            kiosk.flow.handle(new FlowEvent.AcceptPhoto());
            assertThat(kiosk.flow.state()).isEqualTo(KioskState.CERTIFICATES);
            assertThat(auditText(kiosk)).contains("HEAD_COVERING_ACCEPTED");
        }
    }

    @Test
    void aMaskIsNeverOfferedToStaff() throws Exception {
        try (StaffBench kiosk = new StaffBench(folder, false)) {
            atThePhotoStep(kiosk);
            kiosk.camera.show("mask", PhotoStepTest.variant("london_009_03.jpg", PhotoVariants.Kind.MASK));
            kiosk.flow.handle(new FlowEvent.TakePhoto());
            assertThat(kiosk.now().photoCoaching().refusal().orElseThrow().verdict().first())
                .isEqualTo(PhotoReason.FACE_COVERED);

            StaffScreen.Menu menu = callStaffAndSignIn(kiosk);
            assertThat(menu.headCovering()).isEmpty();
            kiosk.staff(new StaffInput.AcceptHeadCovering());
            assertThat(kiosk.flow.state()).as("nothing to allow: staff stay on their menu").isEqualTo(KioskState.STAFF);
            kiosk.staff(new StaffInput.SignOut());
            assertThat(kiosk.flow.state()).isEqualTo(KioskState.REVIEW);
            assertThat(kiosk.now().photo()).isEmpty();
            assertThat(auditText(kiosk)).doesNotContain("HEAD_COVERING_ACCEPTED");
        }
    }

    private static void atThePhotoStep(StaffBench kiosk) {
        SimBench.requireStudio(kiosk.camera);
        kiosk.flow.handle(new FlowEvent.Begin());
        kiosk.flow.handle(new FlowEvent.ChooseLanguage(Language.ENGLISH));
        kiosk.flow.handle(new FlowEvent.ChooseNeed(Need.APPLY));
        kiosk.flow.handle(new FlowEvent.CodeRead(kiosk.ledger.current(RESIDENT).orElseThrow()));
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.PHOTO);
    }

    private static StaffScreen.Menu callStaffAndSignIn(StaffBench kiosk) {
        kiosk.flow.handle(new FlowEvent.CallStaff());
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.STAFF_CALLED);
        kiosk.flow.handle(new FlowEvent.StaffCorner());
        kiosk.keypad(StaffBench.STAFF_ID);
        kiosk.keypad(StaffBench.PIN);
        assertThat(kiosk.now().staff().orElseThrow().page()).isEqualTo(StaffPage.MENU);
        return (StaffScreen.Menu) StaffScreens.of(kiosk.now().staff().orElseThrow(), ZoneOffset.UTC);
    }

    private static String auditText(StaffBench kiosk) throws Exception {
        return StaffJourneyTest.auditText(kiosk);
    }
}
