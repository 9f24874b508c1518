package jp.madoguchi.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.kiosk.flow.FlowSnapshot;
import jp.madoguchi.kiosk.flow.KioskState;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.kiosk.flow.PhotoCoaching;
import jp.madoguchi.kiosk.flow.PhotoReport;
import jp.madoguchi.kiosk.ui.model.PhotoMarks;
import jp.madoguchi.kiosk.ui.model.ScreenModel;
import jp.madoguchi.kiosk.ui.model.ScreenModels;
import jp.madoguchi.rules.photo.PhotoMeasurements;
import jp.madoguchi.rules.photo.PhotoReason;
import jp.madoguchi.rules.photo.PhotoVerdict;
import org.junit.jupiter.api.Test;

/** The photo screens' models: one instruction in the resident's language, a refusal explained and marked. */
class PhotoScreensTest {
    static final PhotoMeasurements FACE = new PhotoMeasurements(600, 800, 1, 80, true, 640, 340, 300, 320, 150, 0, 0, 0, 2,
        0.3, 0.5, 0, 200, 10, 0.01, 140, 0, 0.95, 300, 0, 0, 0, 0.5, 0.3, 1, 0, 0.8);

    static FlowSnapshot with(KioskState state, Language language, PhotoCoaching coaching) {
        FlowSnapshot s = ScreenModelsTest.snapshot(state, language);
        return new FlowSnapshot(s.state(), s.language(), s.need(), s.advice(), s.formId(), s.refusal(), s.photo(),
            s.signatureCertificate(), s.userIdentificationCertificate(), s.confirmation(), s.sheetsPrinted(),
            s.idleWarning(), s.fault(), s.printProblem(), s.printerReady(), coaching, s.typedFormId(), s.scanByCamera(),
            s.birthDate(), s.brailleName());
    }

    @Test
    void theLiveViewGivesOneInstructionInTheResidentsLanguage() {
        PhotoCoaching tilted = new PhotoCoaching(Optional.of(PhotoReason.HEAD_TILTED), false, Optional.empty(),
            Optional.empty(), Optional.empty(), 0, false);
        ScreenModel.Photo en = (ScreenModel.Photo) ScreenModels.of(with(KioskState.PHOTO, Language.ENGLISH, tilted));
        ScreenModel.Photo ja = (ScreenModel.Photo) ScreenModels.of(with(KioskState.PHOTO, Language.EASY_JAPANESE, tilted));
        assertThat(en.instruction()).contains("Please straighten your head.");
        assertThat(ja.instruction()).hasValueSatisfying(t -> assertThat(t).contains("まっすぐ"));

        PhotoCoaching counting = new PhotoCoaching(Optional.empty(), true, Optional.of(2L), Optional.empty(),
            Optional.empty(), 0, false);
        ScreenModel.Photo ready = (ScreenModel.Photo) ScreenModels.of(with(KioskState.PHOTO, Language.ENGLISH, counting));
        assertThat(ready.passing()).isTrue();
        assertThat(ready.countdown()).hasValueSatisfying(t -> assertThat(t).contains("2"));
    }

    @Test
    void aRefusalNamesTheProblemMarksItAndOffersStaffAfterThree() {
        BufferedImage photo = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
        PhotoReport glasses = new PhotoReport(PhotoVerdict.of(List.of(PhotoReason.GLASSES, PhotoReason.BLURRY)), FACE,
            Optional.empty());
        PhotoCoaching third = new PhotoCoaching(Optional.empty(), false, Optional.empty(), Optional.of(photo),
            Optional.of(glasses), 3, true);
        ScreenModel.Review review = (ScreenModel.Review) ScreenModels.of(with(KioskState.REVIEW, Language.ENGLISH, third));
        ScreenModel.Refusal r = review.refusal().orElseThrow();
        assertThat(r.problem()).contains("glasses");
        assertThat(r.advice()).isEqualTo("Please take off your glasses.");
        assertThat(r.marks()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(PhotoMarks.Kind.EYES);
            assertThat(m.y()).isLessThan(FACE.eyeLineY()).isGreaterThan(FACE.crownY());
        });
        assertThat(r.staffOffer()).isPresent();
        assertThat(r.callStaff()).as("the page's own button").isPresent();
        assertThat(review.chrome().callStaff()).as("and not a second one in the frame").isEmpty();
    }

    @Test
    void aHeadCoveringRefusalOffersStaffAtOnce() {
        BufferedImage photo = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
        for (PhotoReason reason : List.of(PhotoReason.HEAD_COVERING, PhotoReason.SMILING_OR_MOUTH_OPEN)) {
            PhotoReport report = new PhotoReport(PhotoVerdict.of(List.of(reason)), FACE, Optional.empty());
            PhotoCoaching first = new PhotoCoaching(Optional.empty(), false, Optional.empty(), Optional.of(photo),
                Optional.of(report), 1, false);
            ScreenModel.Review review = (ScreenModel.Review) ScreenModels.of(with(KioskState.REVIEW, Language.ENGLISH, first));
            boolean covering = reason == PhotoReason.HEAD_COVERING;
            // a religious or medical covering is staff's to allow, so the first refusal already shows the way to them
            assertThat(review.refusal().orElseThrow().callStaff().isPresent()).as(reason.code()).isEqualTo(covering);
            assertThat(review.chrome().callStaff().isPresent()).as("exactly one Call staff, " + reason.code())
                .isNotEqualTo(covering);
            assertThat(review.refusal().orElseThrow().staffOffer()).isEmpty();
        }
    }

    @Test
    void framingIsMarkedWithLinesAndTheBackgroundWithAreas() {
        PhotoReport large = new PhotoReport(PhotoVerdict.of(List.of(PhotoReason.FACE_TOO_LARGE)), FACE, Optional.empty());
        assertThat(PhotoMarks.of(large, PhotoReason.FACE_TOO_LARGE)).hasSize(4)
            .allMatch(m -> m.kind() == PhotoMarks.Kind.LINE);
        PhotoReport busy = new PhotoReport(PhotoVerdict.of(List.of(PhotoReason.BUSY_BACKGROUND)), FACE, Optional.empty());
        assertThat(PhotoMarks.of(busy, PhotoReason.BUSY_BACKGROUND)).hasSize(2)
            .allMatch(m -> m.kind() == PhotoMarks.Kind.BACKGROUND && m.x() + m.width() <= FACE.imageWidth());
    }

    @Test
    void aHatOrAMaskIsCalledWhatItIsAndItsAreaIsMarked() {
        BufferedImage photo = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
        for (Language lang : List.of(Language.ENGLISH, Language.EASY_JAPANESE)) {
            for (PhotoReason reason : List.of(PhotoReason.HEAD_COVERING, PhotoReason.FACE_COVERED, PhotoReason.EYES_COVERED,
                PhotoReason.NOT_FRONTAL_GAZE)) {
                PhotoReport report = new PhotoReport(PhotoVerdict.of(List.of(reason)), FACE, Optional.empty());
                PhotoCoaching refused = new PhotoCoaching(Optional.of(reason), false, Optional.empty(), Optional.of(photo),
                    Optional.of(report), 1, false);
                ScreenModel.Photo live = (ScreenModel.Photo) ScreenModels.of(with(KioskState.PHOTO, lang, refused));
                ScreenModel.Refusal r = ((ScreenModel.Review) ScreenModels.of(with(KioskState.REVIEW, lang, refused)))
                    .refusal().orElseThrow();
                assertThat(live.instruction()).as(reason + " " + lang).hasValueSatisfying(t -> assertThat(t)
                    .isNotBlank().doesNotContain("photo.do"));
                assertThat(r.problem()).as(reason + " " + lang).isNotBlank().doesNotContain("photo.problem");
            }
        }
        ScreenModel.Photo capped = (ScreenModel.Photo) ScreenModels.of(with(KioskState.PHOTO, Language.ENGLISH,
            new PhotoCoaching(Optional.of(PhotoReason.HEAD_COVERING), false, Optional.empty(), Optional.empty(),
                Optional.empty(), 0, false)));
        assertThat(capped.instruction()).hasValueSatisfying(t -> assertThat(t).contains("hat").doesNotContain("mouth"));
        ScreenModel.Photo masked = (ScreenModel.Photo) ScreenModels.of(with(KioskState.PHOTO, Language.ENGLISH,
            new PhotoCoaching(Optional.of(PhotoReason.FACE_COVERED), false, Optional.empty(), Optional.empty(),
                Optional.empty(), 0, false)));
        assertThat(masked.instruction()).hasValueSatisfying(t -> assertThat(t).contains("mask").doesNotContain("close"));

        PhotoMarks.Mark head = mark(PhotoReason.HEAD_COVERING);
        assertThat(head.kind()).isEqualTo(PhotoMarks.Kind.HEAD_TOP);
        assertThat(head.y() + head.height()).as("above the eyes").isLessThan(FACE.eyeLineY());
        PhotoMarks.Mark mouth = mark(PhotoReason.FACE_COVERED);
        assertThat(mouth.kind()).isEqualTo(PhotoMarks.Kind.LOWER_FACE);
        assertThat(mouth.y()).as("below the eyes").isGreaterThan(FACE.eyeLineY());
        assertThat(mouth.y() + mouth.height()).isGreaterThanOrEqualTo(FACE.chinY());
        assertThat(mark(PhotoReason.EYES_COVERED).kind()).isEqualTo(PhotoMarks.Kind.EYES);
        assertThat(mark(PhotoReason.NOT_FRONTAL_GAZE).kind()).isEqualTo(PhotoMarks.Kind.EYES);
    }

    static PhotoMarks.Mark mark(PhotoReason reason) {
        PhotoReport report = new PhotoReport(PhotoVerdict.of(List.of(reason)), FACE, Optional.empty());
        return PhotoMarks.of(report, reason).get(0);
    }
}
