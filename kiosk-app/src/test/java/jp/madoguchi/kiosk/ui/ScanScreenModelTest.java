package jp.madoguchi.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Optional;
import jp.madoguchi.kiosk.flow.FlowSnapshot;
import jp.madoguchi.kiosk.flow.KioskState;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.kiosk.ui.model.ScreenModel;
import jp.madoguchi.kiosk.ui.model.ScreenModels;
import org.junit.jupiter.api.Test;

/** The scan screen on a kiosk that reads the QR through its camera. */
class ScanScreenModelTest {
    @Test
    void aCameraKioskSaysToHoldTheFormUpToTheCameraAndShowsWhatItSees() {
        ScreenModel.Scan byCamera = (ScreenModel.Scan) ScreenModels.of(scan(true));
        ScreenModel.Scan byScanner = (ScreenModel.Scan) ScreenModels.of(scan(false));
        assertThat(byCamera.byCamera()).isTrue();
        assertThat(byCamera.hint()).contains("camera");
        assertThat(byScanner.hint()).contains("scanner");
    }

    @Test
    void aNewScreenNeverShowsTheLastScreensCameraPicture() {
        FlowSnapshot photo = ScreenModelsTest.snapshot(KioskState.PHOTO, Language.ENGLISH);
        KioskViewModel vm = new KioskViewModel(e -> { }, photo);
        vm.showLiveFrame(new BufferedImage(4, 4, BufferedImage.TYPE_3BYTE_BGR));
        vm.show(scan(true));
        assertThat(vm.liveFrame().get()).isNull();
    }

    private static FlowSnapshot scan(boolean byCamera) {
        return new FlowSnapshot(KioskState.SCAN_FORM, Language.ENGLISH, Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), true, true, Optional.empty(), 0, Optional.empty(), Optional.empty(),
            Optional.empty(), true, jp.madoguchi.kiosk.flow.PhotoCoaching.NONE, Optional.empty(), byCamera,
            FlowSnapshot.BirthDate.EMPTY, false);
    }
}
