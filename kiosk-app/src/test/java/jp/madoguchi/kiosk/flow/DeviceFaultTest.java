package jp.madoguchi.kiosk.flow;

import jp.madoguchi.rules.advice.Need;
import static org.assertj.core.api.Assertions.assertThat;

import jp.madoguchi.devices.api.DeviceCondition;
import jp.madoguchi.devices.api.DeviceKind;
import jp.madoguchi.devices.api.LightScene;
import jp.madoguchi.sim.device.SimPrinter;
import org.junit.jupiter.api.Test;

/** Devices fail mid-visit: the resident is told, nothing is lost, and the flow picks up again. */
class DeviceFaultTest extends OnSimulatedKiosk {
    @Test
    void anUnpluggedCameraStopsThePhotoStepAndItResumesWhenReplugged() {
        kiosk.walkToPhoto(Language.ENGLISH);
        kiosk.camera.unplug();

        assertThat(kiosk.flow.state()).isEqualTo(KioskState.ERROR);
        assertThat(kiosk.now().fault()).hasValueSatisfying(f -> {
            assertThat(f.kind()).isEqualTo(DeviceKind.CAMERA);
            assertThat(f.condition()).isEqualTo(DeviceCondition.OFFLINE);
        });
        assertThat(kiosk.lights.scene()).isEqualTo(LightScene.ATTENTION);
        kiosk.flow.handle(new FlowEvent.TakePhoto());
        assertThat(kiosk.flow.state()).as("taps on the error screen do nothing").isEqualTo(KioskState.ERROR);

        kiosk.camera.replug();
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.PHOTO);
        assertThat(kiosk.now().formId()).as("the scanned form survives the fault").isPresent();
        kiosk.flow.handle(new FlowEvent.TakePhoto());
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.REVIEW);
    }

    @Test
    void aStepWhoseDeviceIsAlreadyMissingShowsTheErrorInsteadOfAStuckScreen() {
        kiosk.scanner.unplug();
        kiosk.flow.handle(new FlowEvent.Begin());
        kiosk.flow.handle(new FlowEvent.ChooseLanguage(Language.ENGLISH));
        kiosk.flow.handle(new FlowEvent.ChooseNeed(Need.APPLY));
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.ERROR);
        assertThat(kiosk.now().fault()).map(f -> f.kind()).contains(DeviceKind.CODE_SCANNER);

        kiosk.scanner.replug();
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.SCAN_FORM);
        assertThat(kiosk.scanner.armed()).isTrue();
    }

    @Test
    void aPrinterOutOfPaperLeavesTheApplicationSentAndOffersAReprintOnceRefilled() throws Exception {
        kiosk.walkToPhoto(Language.ENGLISH);
        kiosk.flow.handle(new FlowEvent.TakePhoto());
        kiosk.walkToSubmit();
        kiosk.printer.paperOut();
        kiosk.flow.handle(new FlowEvent.Submit());
        kiosk.deliver();

        assertThat(kiosk.flow.state()).isEqualTo(KioskState.DONE);
        assertThat(kiosk.arrived).hasSize(1);
        assertThat(kiosk.now().printProblem()).contains(DeviceCondition.PAPER_OUT);
        assertThat(kiosk.now().printerReady()).isFalse();
        assertThat(kiosk.printer.jobs()).isEmpty();

        kiosk.flow.handle(new FlowEvent.Print());
        assertThat(kiosk.printer.jobs()).as("no reprint while the printer is not ready").isEmpty();

        kiosk.printer.replug();
        assertThat(kiosk.now().printerReady()).isTrue();
        kiosk.flow.handle(new FlowEvent.Print());
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.DONE);
        assertThat(kiosk.now().printProblem()).isEmpty();
        assertThat(ResidentJourneyTest.textOf(kiosk.printer.jobs().get(0).pdf().toFile()))
            .contains("1234 5678 9012 3456 7890 123");
    }

    @Test
    void aJamMidwayIsResumedFromTheDoneScreenWithoutPrintingTheSummaryTwice() {
        kiosk.walkToPhoto(Language.ENGLISH);
        kiosk.flow.handle(new FlowEvent.TakePhoto());
        kiosk.walkToSubmit();
        kiosk.flow.handle(new FlowEvent.Submit());
        kiosk.deliver();
        assertThat(kiosk.printer.jobs()).hasSize(4);

        // A second copy is asked for, and the printer jams on its first page.
        kiosk.printer.jamNextJob();
        kiosk.flow.handle(new FlowEvent.Print());
        assertThat(kiosk.now().printProblem()).contains(DeviceCondition.JAMMED);
        assertThat(kiosk.now().printerReady()).isFalse();
        assertThat(jp.madoguchi.kiosk.ui.model.ScreenModels.of(kiosk.now())).isInstanceOfSatisfying(
            jp.madoguchi.kiosk.ui.model.ScreenModel.Done.class, done -> {
                assertThat(done.printProblem()).hasValueSatisfying(text -> assertThat(text).contains("paper jam"));
                assertThat(done.reprintEnabled()).isFalse();
            });
        kiosk.printer.replug();
        kiosk.flow.handle(new FlowEvent.Print());
        assertThat(kiosk.printer.jobs()).extracting(SimPrinter.PrintedJob::title).containsExactly(
            "application-summary", "photo-sheet", "phrase-cards", "checklist",
            "application-summary", "photo-sheet", "phrase-cards", "checklist");
        assertThat(kiosk.now().printProblem()).isEmpty();
    }

    @Test
    void aPrinterThatGoesOfflineAfterPrintingSaysSoOnTheDoneScreen() {
        kiosk.walkToPhoto(Language.EASY_JAPANESE);
        kiosk.flow.handle(new FlowEvent.TakePhoto());
        kiosk.walkToSubmit();
        kiosk.flow.handle(new FlowEvent.Submit());
        kiosk.deliver();
        kiosk.printer.unplug();
        assertThat(jp.madoguchi.kiosk.ui.model.ScreenModels.of(kiosk.now())).isInstanceOfSatisfying(
            jp.madoguchi.kiosk.ui.model.ScreenModel.Done.class, done -> {
                assertThat(done.printProblem()).contains(jp.madoguchi.kiosk.i18n.Messages.of(Language.EASY_JAPANESE)
                    .text("print.notReady"));
                assertThat(done.reprintEnabled()).isFalse();
            });
    }

    @Test
    void aBugInAStepWipesTheSessionInsteadOfLeavingItOnScreen() {
        try (SimBench broken = new SimBench(printed, (session, advice) -> {
            throw new IllegalStateException("layout bug");
        })) {
            broken.walkToPhoto(Language.ENGLISH);
            broken.flow.handle(new FlowEvent.TakePhoto());
            broken.walkToSubmit();
            broken.flow.handle(new FlowEvent.Submit());
            broken.deliver();
            assertThat(broken.flow.state()).isEqualTo(KioskState.ATTRACT);
            assertThat(broken.now().formId()).isEmpty();
            assertThat(broken.ended).singleElement().extracting(SessionEnd::reason).isEqualTo(SessionEnd.Reason.ABANDONED);
        }
    }
}
