package jp.madoguchi.kiosk.ui;

import jp.madoguchi.kiosk.flow.PhotoCoaching;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import jp.madoguchi.devices.api.DeviceCondition;
import jp.madoguchi.kiosk.flow.FlowSnapshot;
import jp.madoguchi.kiosk.flow.KioskState;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.kiosk.ui.model.ScreenModel;
import jp.madoguchi.kiosk.ui.model.ScreenModels;
import jp.madoguchi.rules.form.FormIdRefusal;
import org.junit.jupiter.api.Test;

/** View models are plain values: what each screen says, tested without starting JavaFX. */
class ScreenModelsTest {
    @Test
    void theLanguagePickerListsThirteenLanguagesEachInItsOwnScriptInPriorityOrder() {
        ScreenModel.Languages screen = (ScreenModel.Languages) ScreenModels.of(snapshot(KioskState.LANGUAGE, Language.ENGLISH));
        assertThat(screen.choices()).extracting(ScreenModel.LanguageChoice::ownName).containsExactly(
            "やさしい にほんご", "English", "简体中文", "Tiếng Việt", "한국어", "Filipino", "नेपाली", "Português",
            "Bahasa Indonesia", "မြန်မာဘာသာ", "繁體中文", "Español", "ภาษาไทย");
        assertThat(screen.choices()).filteredOn(ScreenModel.LanguageChoice::current)
            .extracting(ScreenModel.LanguageChoice::language).containsExactly(Language.ENGLISH);
    }

    @Test
    void aRefusedMyNumberIsExplainedInTheResidentsLanguage() {
        FlowSnapshot refused = withRefusal(snapshot(KioskState.SCAN_FORM, Language.EASY_JAPANESE), FormIdRefusal.INDIVIDUAL_NUMBER);
        ScreenModel.Scan ja = (ScreenModel.Scan) ScreenModels.of(refused);
        assertThat(ja.refusal()).hasValueSatisfying(text -> assertThat(text).contains("マイナンバー"));
        ScreenModel.Scan en = (ScreenModel.Scan) ScreenModels.of(withRefusal(snapshot(KioskState.SCAN_FORM, Language.ENGLISH),
            FormIdRefusal.TOO_SHORT));
        assertThat(en.refusal()).hasValueSatisfying(text -> assertThat(text).contains("too short", "23 digits"));
        assertThat(en.chrome().step()).contains("Step 1 of 7");
    }

    @Test
    void theGuidanceForALostFormShowsTheRulesEnginesPhraseCardsAndChecklist() {
        jp.madoguchi.kiosk.flow.CounterAdvice advice =
            new jp.madoguchi.kiosk.flow.CounterAdvice(jp.madoguchi.rules.RuleBook.load(), "shinjuku");
        FlowSnapshot lost = new FlowSnapshot(KioskState.GUIDANCE, Language.VIETNAMESE,
            Optional.of(jp.madoguchi.rules.advice.Need.LOST_FORM),
            Optional.of(advice.forNeed(jp.madoguchi.rules.advice.Need.LOST_FORM)), Optional.empty(), Optional.empty(),
            Optional.empty(), true, true, Optional.empty(), 0, Optional.empty(), Optional.empty(), Optional.empty(), true,
            PhotoCoaching.NONE, Optional.empty(), false, FlowSnapshot.BirthDate.EMPTY, false);
        ScreenModel.Guidance screen = (ScreenModel.Guidance) ScreenModels.of(lost);
        assertThat(screen.phrases()).extracting(ScreenModel.PhraseLine::japanese)
            .anyMatch(ja -> ja.contains("申請書を紛失しました"));
        // The resident reads what each card means in Vietnamese, not English.
        assertThat(screen.phrases()).extracting(ScreenModel.PhraseLine::meaning)
            .contains(Optional.of("Tôi bị mất tờ đơn đăng ký. Có thể cấp lại đơn có mã số 23 chữ số không?"));
        assertThat(screen.checklist()).contains("Thẻ lưu trú (在留カード) của bạn");
        assertThat(screen.asOf()).startsWith("Thông tin tính đến 20");
    }

    @Test
    void theDoneScreenOffersAReprintOnlyWhenThePrinterIsReady() {
        FlowSnapshot paperOut = new FlowSnapshot(KioskState.DONE, Language.ENGLISH, Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), true, true, Optional.of(new jp.madoguchi.kiosk.flow.Confirmation.Sent("R-00000007-AB12")), 0, Optional.empty(),
            Optional.empty(), Optional.of(DeviceCondition.PAPER_OUT), false,
            PhotoCoaching.NONE, Optional.empty(), false, FlowSnapshot.BirthDate.EMPTY, false);
        ScreenModel.Done done = (ScreenModel.Done) ScreenModels.of(paperOut);
        assertThat(done.printProblem()).hasValueSatisfying(t -> assertThat(t).contains("out of paper"));
        assertThat(done.reprintEnabled()).isFalse();
        assertThat(done.lines()).anyMatch(l -> l.equals("Your application was sent. Receipt: R-00000007-AB12"));
    }

    @Test
    void theIdleWarningCountsDownInTheResidentsLanguage() {
        FlowSnapshot idle = new FlowSnapshot(KioskState.NEED, Language.EASY_JAPANESE, Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), true, true, Optional.empty(), 0, Optional.of(17L), Optional.empty(),
            Optional.empty(), true, PhotoCoaching.NONE, Optional.empty(), false, FlowSnapshot.BirthDate.EMPTY, false);
        assertThat(ScreenModels.idleWarning(idle)).hasValueSatisfying(w -> {
            assertThat(w.secondsLeft()).isEqualTo(17);
            assertThat(jp.madoguchi.kiosk.text.Ruby.spoken(w.body())).contains("17びょう");
        });
    }

    @Test
    void theViewModelReplacesTheScreenOnlyWhenItChanges() {
        FlowSnapshot need = snapshot(KioskState.NEED, Language.ENGLISH);
        KioskViewModel vm = new KioskViewModel(e -> { }, need);
        ScreenModel first = vm.screen().get();
        vm.show(need);
        assertThat(vm.screen().get()).isSameAs(first);
        vm.show(snapshot(KioskState.LANGUAGE, Language.ENGLISH));
        assertThat(vm.screen().get().state()).isEqualTo(KioskState.LANGUAGE);
    }

    @Test
    void theLastLiveFrameIsDroppedWhenThePhotoStepEnds() {
        KioskViewModel vm = new KioskViewModel(e -> { }, snapshot(KioskState.PHOTO, Language.ENGLISH));
        vm.showLiveFrame(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB));
        vm.show(snapshot(KioskState.PHOTO, Language.ENGLISH));
        assertThat(vm.liveFrame().get()).isNotNull();
        vm.show(snapshot(KioskState.ATTRACT, Language.ENGLISH));
        assertThat(vm.liveFrame().get()).isNull();
    }

    static FlowSnapshot snapshot(KioskState state, Language language) {
        return new FlowSnapshot(state, language, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            true, true, Optional.empty(), 0, Optional.empty(), Optional.empty(), Optional.empty(), true,
            PhotoCoaching.NONE, Optional.empty(), false, FlowSnapshot.BirthDate.EMPTY, false);
    }

    private static FlowSnapshot withRefusal(FlowSnapshot s, FormIdRefusal refusal) {
        return new FlowSnapshot(s.state(), s.language(), s.need(), s.advice(), s.formId(), Optional.of(refusal), s.photo(),
            s.signatureCertificate(), s.userIdentificationCertificate(), s.confirmation(), s.sheetsPrinted(),
            s.idleWarning(), s.fault(), s.printProblem(), s.printerReady(), s.photoCoaching(), s.typedFormId(),
            s.scanByCamera(), s.birthDate(), s.brailleName());
    }
}
