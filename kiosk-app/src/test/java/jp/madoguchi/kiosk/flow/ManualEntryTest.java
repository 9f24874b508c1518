package jp.madoguchi.kiosk.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import jp.madoguchi.kiosk.ui.model.ScreenModel;
import jp.madoguchi.kiosk.ui.model.ScreenModels;
import jp.madoguchi.rules.advice.Need;
import jp.madoguchi.rules.form.FormIdRefusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keypad fallback for a damaged QR: same parser, translated refusals, nothing personal kept on refusal. */
class ManualEntryTest {
    @TempDir
    Path folder;

    @Test
    void typedDigitsBecomeTheSessionsFormId() {
        try (SimBench kiosk = atScanScreen()) {
            kiosk.flow.handle(new FlowEvent.TypeFormId());
            type(kiosk, SimBench.FORM_ID + "9"); // a 24th digit is not taken
            assertThat(kiosk.now().typedFormId()).contains(SimBench.FORM_ID);
            ScreenModel.Scan screen = (ScreenModel.Scan) ScreenModels.of(kiosk.now());
            assertThat(screen.keypad()).get().satisfies(k -> {
                assertThat(k.groups()).containsExactly("1234", "5678", "9012", "3456", "7890", "123");
                assertThat(k.complete()).isTrue();
            });
            kiosk.flow.handle(new FlowEvent.SubmitTyped());
            assertThat(kiosk.now().state()).isEqualTo(KioskState.PHOTO);
            assertThat(kiosk.now().formId()).map(id -> id.digits()).contains(SimBench.FORM_ID);
            assertThat(kiosk.now().typedFormId()).as("the keypad closes once the form is in").isEmpty();
        }
    }

    @Test
    void tooFewDigitsAreRefusedWithTheKeypadsOwnMessageAndCanBeCorrected() {
        try (SimBench kiosk = atScanScreen()) {
            kiosk.flow.handle(new FlowEvent.TypeFormId());
            type(kiosk, "12345");
            kiosk.flow.handle(new FlowEvent.SubmitTyped());
            assertThat(kiosk.now().refusal()).contains(FormIdRefusal.TOO_SHORT);
            ScreenModel.Scan screen = (ScreenModel.Scan) ScreenModels.of(kiosk.now());
            assertThat(screen.refusal()).get().asString().contains("fewer than 23 digits");
            kiosk.flow.handle(new FlowEvent.EraseDigit());
            assertThat(kiosk.now().typedFormId()).contains("1234");
            assertThat(kiosk.now().refusal()).as("correcting clears the old message").isEmpty();
        }
    }

    @Test
    void aTypedIndividualNumberIsRefusedAndErased() {
        try (SimBench kiosk = atScanScreen()) {
            kiosk.flow.handle(new FlowEvent.TypeFormId());
            type(kiosk, "123456789018");
            kiosk.flow.handle(new FlowEvent.SubmitTyped());
            assertThat(kiosk.now().refusal()).contains(FormIdRefusal.INDIVIDUAL_NUMBER);
            assertThat(kiosk.now().typedFormId()).contains("");
            assertThat(kiosk.now().formId()).isEmpty();
        }
    }

    @Test
    void backClosesTheKeypadFirstAndAScanStillWorks() {
        try (SimBench kiosk = atScanScreen()) {
            kiosk.flow.handle(new FlowEvent.TypeFormId());
            type(kiosk, "42");
            kiosk.flow.handle(new FlowEvent.Back());
            assertThat(kiosk.now().state()).isEqualTo(KioskState.SCAN_FORM);
            assertThat(kiosk.now().typedFormId()).isEmpty();
            kiosk.flow.handle(new FlowEvent.TypeFormId());
            assertThat(kiosk.scanner.present(SimBench.FORM_ID)).isTrue();
            assertThat(kiosk.now().state()).isEqualTo(KioskState.PHOTO);
            assertThat(kiosk.now().typedFormId()).isEmpty();
        }
    }

    private static void type(SimBench kiosk, String digits) {
        for (char c : digits.toCharArray()) {
            kiosk.flow.handle(new FlowEvent.KeyDigit(c - '0'));
        }
    }

    private SimBench atScanScreen() {
        SimBench kiosk = new SimBench(folder);
        kiosk.flow.handle(new FlowEvent.Begin());
        kiosk.flow.handle(new FlowEvent.ChooseLanguage(Language.ENGLISH));
        kiosk.flow.handle(new FlowEvent.ChooseNeed(Need.APPLY));
        return kiosk;
    }
}
