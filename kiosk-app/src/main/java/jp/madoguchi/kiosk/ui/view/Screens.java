package jp.madoguchi.kiosk.ui.view;

import javafx.scene.Node;
import jp.madoguchi.kiosk.ui.KioskViewModel;
import jp.madoguchi.kiosk.ui.model.ScreenModel;

/** One view per screen model; the only place that maps a model to its view. */
final class Screens {
    private Screens() {
    }

    static Node build(ScreenModel model, KioskViewModel vm) {
        if (model instanceof ScreenModel.Attract m) {
            return AttractView.build(m, vm);
        } else if (model instanceof ScreenModel.Languages m) {
            return ChoiceViews.languages(m, vm);
        } else if (model instanceof ScreenModel.Needs m) {
            return ChoiceViews.needs(m, vm);
        } else if (model instanceof ScreenModel.Guidance m) {
            return GuidanceView.build(m, vm);
        } else if (model instanceof ScreenModel.Scan m) {
            return ScanView.build(m, vm);
        } else if (model instanceof ScreenModel.Photo m) {
            return PhotoViews.live(m, vm);
        } else if (model instanceof ScreenModel.Review m) {
            return PhotoViews.review(m, vm);
        } else if (model instanceof ScreenModel.Certificates m) {
            return CertificatesView.build(m, vm);
        } else if (model instanceof ScreenModel.BirthDate m) {
            return BirthDateView.build(m, vm);
        } else if (model instanceof ScreenModel.Braille m) {
            return BrailleView.build(m, vm);
        } else if (model instanceof ScreenModel.Sending m) {
            return MessageViews.sending(m);
        } else if (model instanceof ScreenModel.NotSaved m) {
            return MessageViews.notSaved(m, vm);
        } else if (model instanceof ScreenModel.Submit m) {
            return SubmitView.build(m, vm);
        } else if (model instanceof ScreenModel.Printing m) {
            return MessageViews.printing(m);
        } else if (model instanceof ScreenModel.Done m) {
            return MessageViews.done(m, vm);
        } else if (model instanceof ScreenModel.Fault m) {
            return MessageViews.fault(m, vm);
        } else if (model instanceof ScreenModel.CallWaiting m) {
            return CallView.build(m, vm);
        } else if (model instanceof ScreenModel.Staff m) {
            return StaffViews.build(m.screen(), vm);
        }
        throw new IllegalArgumentException("no view for " + model.getClass().getSimpleName());
    }
}
