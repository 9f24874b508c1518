package jp.madoguchi.kiosk.ui.model;

import java.util.Optional;
import jp.madoguchi.kiosk.flow.FlowSnapshot;
import jp.madoguchi.kiosk.flow.PhotoCoaching;
import jp.madoguchi.kiosk.i18n.Messages;
import jp.madoguchi.rules.photo.PhotoReason;

/** The photo and review screens' models: one plain instruction at a time, and a refusal explained. */
final class PhotoScreens {
    private PhotoScreens() {
    }

    static ScreenModel.Photo live(FlowSnapshot s, Messages m, ScreenModel.Chrome chrome) {
        PhotoCoaching c = s.photoCoaching();
        Optional<String> instruction = c.passing() ? Optional.of(m.text("photo.allGood"))
            : c.instruction().map(r -> m.text("photo.do." + r.code()));
        return new ScreenModel.Photo(chrome, m.text("photo.title"), m.text("photo.hint"), m.text("photo.take"),
            m.text("photo.cameraWaiting"), instruction, c.passing(),
            c.countdown().map(n -> m.text("photo.countdown", n)));
    }

    static ScreenModel.Review review(FlowSnapshot s, Messages m, ScreenModel.Chrome chrome) {
        PhotoCoaching c = s.photoCoaching();
        Optional<ScreenModel.Refusal> refusal = s.photo().isPresent() ? Optional.empty()
            : c.refusedPhoto().flatMap(photo -> c.refusal().map(report -> {
                PhotoReason first = report.verdict().first();
                boolean staffHere = c.offerStaff() || first == PhotoReason.HEAD_COVERING;
                return new ScreenModel.Refusal(photo, m.text("review.refused.title"),
                    m.text("photo.problem." + first.code()), m.text("photo.do." + first.code()),
                    m.text("review.refused.marked"), PhotoMarks.of(report, first),
                    c.offerStaff() ? Optional.of(m.text("review.staffOffer")) : Optional.empty(),
                    staffHere ? Optional.of(m.text("review.callStaff")) : Optional.empty());
            }));
        // one "Call staff" on the screen: the page's own when it offers staff
        boolean ownCall = refusal.flatMap(ScreenModel.Refusal::callStaff).isPresent();
        return new ScreenModel.Review(ownCall ? chrome.withoutCallStaff() : chrome, refusal.map(ScreenModel.Refusal::title).orElse(m.text("review.title")),
            m.text("review.hint"), s.photo(), m.text("review.accept"), m.text("review.retake"), refusal);
    }
}
