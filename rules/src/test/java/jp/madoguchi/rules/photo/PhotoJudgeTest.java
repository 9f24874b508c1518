package jp.madoguchi.rules.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import jp.madoguchi.rules.data.RuleDataException;
import org.junit.jupiter.api.Test;

class PhotoJudgeTest {
    static final PhotoSpec SPEC = PhotoSpec.load();
    final PhotoJudge judge = new PhotoJudge(SPEC);

    /** A good studio portrait on a 600 x 800 image: head 560 px, crown 60 px below the top. */
    static PhotoMeasurements good() {
        return new PhotoMeasurements(600, 800, 1, 60, true, 620, 330, 300, 330, 150, 1, 2, 1, 2, 0.01, 0.5, 0, 200,
            10, 0.01, 140, 0, 0.95, 300, 0, 0.05, 5, 0.5, 0.3, 1.0, 0.02, 0.8);
    }

    static PhotoMeasurements with(String field, double value) {
        return with(Map.of(field, value));
    }

    /** The good portrait with some measures changed, by name. */
    static PhotoMeasurements with(Map<String, Double> set) {
        PhotoMeasurements g = good();
        java.util.function.BiFunction<String, Double, Double> v = (name, old) -> set.getOrDefault(name, old);
        return new PhotoMeasurements(g.imageWidth(), g.imageHeight(), v.apply("faces", 1.0).intValue(),
            g.crownY(), true, g.chinY(), g.eyeLineY(), g.faceCentreX(), g.headWidth(),
            v.apply("interEye", g.interEyePx()), v.apply("roll", g.rollDeg()), v.apply("yaw", g.yawDeg()),
            v.apply("pitch", g.pitchDeg()), v.apply("eyesOpen", g.eyesOpen()), v.apply("mouth", g.mouthOpen()),
            v.apply("glasses", g.glassesEdges()), g.glare(), v.apply("bgLuma", g.backgroundLuma()), g.backgroundSpread(),
            v.apply("bgEdges", g.backgroundEdges()), v.apply("faceLuma", g.faceLuma()), g.faceClipped(),
            v.apply("balance", g.lightBalance()), v.apply("sharp", g.sharpness()), g.redEye(), v.apply("head", g.headCover()),
            v.apply("lowerFace", g.lowerFaceCover()), v.apply("nose", g.noseBase()), v.apply("mouthLine", g.mouthLine()),
            v.apply("eyes", g.eyeBrightness()), v.apply("gaze", g.gaze()), v.apply("mouthWidth", g.mouthWidth()),
            v.apply("eyeSurround", 5.0), v.apply("lipGap", 0.02), v.apply("lipContrast", 15.0),
            v.apply("forehead", 1.1), v.apply("hairTexture", 0.4));
    }

    @Test
    void everyFigureHasASource() {
        for (Threshold t : Threshold.values()) {
            assertThat(SPEC.figure(t).source()).as(t.key()).isNotBlank();
        }
        assertThat(SPEC.get(Threshold.HEAD_LENGTH_MIN_MM)).isEqualTo(32.0);
        assertThat(SPEC.get(Threshold.HEAD_LENGTH_MAX_MM)).isEqualTo(36.0);
    }

    @Test
    void aMunicipalityCanTightenAThreshold() {
        PhotoSpec strict = PhotoSpec.load(Map.of("photo.max_roll_deg", "5"));
        assertThat(new PhotoJudge(strict).judge(with("roll", 6), false).verdict().reasons())
            .containsExactly(PhotoReason.HEAD_TILTED);
        assertThatThrownBy(() -> PhotoSpec.load(Map.of("photo.max_roll_deg", "level")))
            .isInstanceOf(RuleDataException.class);
    }

    @Test
    void aGoodPortraitIsCompliantWithACrop() {
        PhotoJudge.Judgement j = judge.judge(good(), false);
        assertThat(j.verdict().outcome()).isEqualTo(PhotoVerdict.Outcome.COMPLIANT);
        assertThat(j.crop()).isPresent();
    }

    @Test
    void eachMeasureOverItsThresholdGivesItsReason() {
        assertThat(judge.judge(with("faces", 2), false).verdict().reasons()).containsExactly(PhotoReason.MULTIPLE_FACES);
        assertThat(judge.judge(with("roll", 15), false).verdict().reasons()).containsExactly(PhotoReason.HEAD_TILTED);
        assertThat(judge.judge(with("yaw", 35), false).verdict().reasons()).containsExactly(PhotoReason.HEAD_TURNED);
        assertThat(judge.judge(with("mouth", 0.3), false).verdict().reasons())
            .containsExactly(PhotoReason.SMILING_OR_MOUTH_OPEN);
        assertThat(judge.judge(with("glasses", 1.6), false).verdict().reasons()).containsExactly(PhotoReason.GLASSES);
        assertThat(judge.judge(with("bgEdges", 0.2), false).verdict().reasons())
            .containsExactly(PhotoReason.BUSY_BACKGROUND);
        assertThat(judge.judge(with("balance", 0.4), false).verdict().reasons())
            .containsExactly(PhotoReason.SHADOW_ON_FACE);
        assertThat(judge.judge(with("sharp", 10), false).verdict().reasons()).containsExactly(PhotoReason.BLURRY);
        assertThat(judge.judge(with("bgLuma", 50), false).verdict().reasons())
            .containsExactly(PhotoReason.DARK_BACKGROUND);
    }

    @Test
    void aDarkFaceIsTooDarkOnlyWhenTheBackgroundIsDarkToo() {
        assertThat(judge.judge(with("faceLuma", 60), false).verdict().compliant()).isTrue();
        PhotoMeasurements g = with("faceLuma", 60);
        PhotoMeasurements dim = new PhotoMeasurements(600, 800, 1, g.crownY(), true, g.chinY(), g.eyeLineY(),
            g.faceCentreX(), g.headWidth(), g.interEyePx(), 0, 0, 0, 2, 0, 0.5, 0, 125, 10, 0.01, 60, 0, 0.95, 300, 0, 0.05, 5, 0.5, 0.3, 1.0, 0.02, 0.8);
        assertThat(judge.judge(dim, false).verdict().reasons()).containsExactly(PhotoReason.TOO_DARK);
    }

    @Test
    void poseIsGatedAtTheSpecsFiguresForYawAndRoll() {
        assertThat(judge.judge(with("yaw", 4.5), false).verdict().compliant()).isTrue();
        assertThat(judge.judge(with("yaw", -5.5), false).verdict().reasons()).containsExactly(PhotoReason.HEAD_TURNED);
        assertThat(judge.judge(with("roll", 7.5), false).verdict().compliant()).isTrue();
        assertThat(judge.judge(with("roll", 8.5), false).verdict().reasons()).containsExactly(PhotoReason.HEAD_TILTED);
        assertThat(judge.judge(with("pitch", 12), false).verdict().reasons()).containsExactly(PhotoReason.HEAD_TURNED);
    }

    @Test
    void coveringsAreJudgedOnAFaceTurnedTowardsTheCamera() {
        PhotoMeasurements g = with("head", 0.9);
        PhotoMeasurements turned = new PhotoMeasurements(600, 800, 1, g.crownY(), true, g.chinY(), g.eyeLineY(),
            g.faceCentreX(), g.headWidth(), g.interEyePx(), 1, 25, 1, 2, 0.01, 0.5, 0, 200, 10, 0.01, 140, 0, 0.95, 300, 0,
            0.9, 5, 0.5, 0.3, 1.0, 0.02, 0.8);
        assertThat(judge.judge(turned, false).verdict().reasons()).containsExactly(PhotoReason.HEAD_TURNED);
    }

    @Test
    void aMaskIsCalledAMaskNotAnOpenMouth() {
        PhotoMeasurements masked = with("lowerFace", 40);
        PhotoMeasurements maskedAndDark = new PhotoMeasurements(600, 800, 1, masked.crownY(), true, masked.chinY(),
            masked.eyeLineY(), masked.faceCentreX(), masked.headWidth(), masked.interEyePx(), 1, 2, 1, 2, 0.2, 0.5, 0, 200,
            10, 0.01, 140, 0, 0.95, 300, 0, 0.05, 40, 0.5, 0.3, 1.0, 0.02, 0.8);
        assertThat(judge.judge(maskedAndDark, false).verdict().reasons()).containsExactly(PhotoReason.FACE_COVERED);
        assertThat(judge.judge(with("mouth", 0.2), false).verdict().reasons())
            .containsExactly(PhotoReason.SMILING_OR_MOUTH_OPEN);
    }

    @Test
    void aFlatNoseBaseOrAMouthWithoutItsLineIsACoveredFace() {
        assertThat(judge.judge(with("nose", 0.03), false).verdict().reasons()).containsExactly(PhotoReason.FACE_COVERED);
        assertThat(judge.judge(with("mouthLine", 0.01), false).verdict().reasons()).containsExactly(PhotoReason.FACE_COVERED);
        // a wide open mouth has no thin line between the lips either: that is a smile, not a covering
        PhotoMeasurements g = good();
        PhotoMeasurements laughing = new PhotoMeasurements(600, 800, 1, g.crownY(), true, g.chinY(), g.eyeLineY(),
            g.faceCentreX(), g.headWidth(), g.interEyePx(), 1, 2, 1, 2, 0.4, 0.5, 0, 200, 10, 0.01, 140, 0, 0.95, 300, 0,
            0.05, 5, 0.5, 0.01, 1.0, 0.02, 0.8);
        assertThat(judge.judge(laughing, false).verdict().reasons()).containsExactly(PhotoReason.SMILING_OR_MOUTH_OPEN);
    }

    @Test
    void sunglassesAreCoveredEyesNotClosedOnes() {
        PhotoMeasurements g = with("eyes", 0.2);
        PhotoMeasurements noEyesFound = new PhotoMeasurements(600, 800, 1, g.crownY(), true, g.chinY(), g.eyeLineY(),
            g.faceCentreX(), g.headWidth(), g.interEyePx(), 1, 2, 1, 0, 0.01, 1.6, 0, 200, 10, 0.01, 140, 0, 0.95, 300, 0,
            0.05, 5, 0.5, 0.3, 0.2, 0.6, 0.8);
        assertThat(judge.judge(noEyesFound, false).verdict().reasons()).containsExactly(PhotoReason.EYES_COVERED);
        assertThat(judge.judge(with("eyesOpen", 0), false).verdict().reasons()).containsExactly(PhotoReason.EYES_CLOSED);
        assertThat(judge.judge(with("gaze", -0.4), false).verdict().reasons())
            .containsExactly(PhotoReason.NOT_FRONTAL_GAZE);
    }

    @Test
    void aCapIsAHeadCoveringFirstEvenWhenItMakesTheHeadLookTooBig() {
        PhotoMeasurements g = good();
        // the cap's top read as the crown, right at the top edge: no crop fits
        PhotoMeasurements capped = new PhotoMeasurements(600, 800, 1, 0, true, g.chinY(), g.eyeLineY(), g.faceCentreX(),
            g.headWidth(), g.interEyePx(), 1, 2, 1, 2, 0.01, 0.5, 0, 200, 10, 0.01, 140, 0, 0.95, 300, 0, 0.9, 5, 0.5, 0.3, 1.0, 0.02, 0.8);
        PhotoVerdict v = judge.judge(capped, false).verdict();
        assertThat(v.reasons()).containsExactly(PhotoReason.HEAD_COVERING);
        assertThat(judge.judge(with("head", 0.9), false).verdict().first()).isEqualTo(PhotoReason.HEAD_COVERING);
    }

    @Test
    void aForeheadHiddenLowDownByCloth_isAHeadCovering_butAFringeOrAHighHairlineIsNot() {
        // a black knitted hat's cuff at the brows: no non-hair colour in the band, but the forehead stops low under something even
        PhotoVerdict beanie = judge.judge(with(Map.of("forehead", 0.55, "hairTexture", 0.07)), false).verdict();
        assertThat(beanie.first()).isEqualTo(PhotoReason.HEAD_COVERING);
        // a fringe as low shows its strands
        assertThat(judge.judge(with(Map.of("forehead", 0.55, "hairTexture", 0.3)), false).verdict().compliant()).isTrue();
        // a bald head or a high hairline: the forehead goes up, whatever is even above it
        assertThat(judge.judge(with(Map.of("forehead", 1.3, "hairTexture", 0.05)), false).verdict().compliant()).isTrue();
        // on a dark face hair looks as even as cloth: it is told about the light, not a hat
        assertThat(judge.judge(with(Map.of("forehead", 0.55, "hairTexture", 0.07, "faceLuma", 40.0, "bgLuma", 60.0)),
            false).verdict().reasons()).doesNotContain(PhotoReason.HEAD_COVERING).contains(PhotoReason.TOO_DARK);
        // not measured (a soft or greyscale picture): nothing held against the photo
        assertThat(judge.judge(with(Map.of("forehead", Double.NaN, "hairTexture", Double.NaN)), false).verdict()
            .compliant()).isTrue();
    }

    @Test
    void staffMayAcceptAHeadCoveringOnlyWhenTheFaceOutlineIsVisible() {
        PhotoVerdict scarf = judge.judge(with("head", 0.9), false).verdict();
        assertThat(scarf.headCoveringMayBeAccepted()).isTrue();
        assertThat(scarf.withHeadCoveringAccepted().compliant()).isTrue();

        PhotoVerdict veiled = PhotoVerdict.of(java.util.List.of(PhotoReason.HEAD_COVERING, PhotoReason.FACE_COVERED));
        assertThat(veiled.headCoveringMayBeAccepted()).isFalse();
        assertThatThrownBy(veiled::withHeadCoveringAccepted).isInstanceOf(IllegalStateException.class);

        PhotoVerdict capAndSmile = PhotoVerdict.of(java.util.List.of(PhotoReason.HEAD_COVERING,
            PhotoReason.SMILING_OR_MOUTH_OPEN));
        assertThat(capAndSmile.withHeadCoveringAccepted().reasons()).containsExactly(PhotoReason.SMILING_OR_MOUTH_OPEN);
        assertThat(PhotoVerdict.of(java.util.List.of(PhotoReason.GLASSES)).headCoveringMayBeAccepted()).isFalse();
    }

    @Test
    void aSoftFaceIsToldItIsSoftNotThatItsMouthOrEyesAreWrong() {
        // blur flattens the nostrils and the line between the lips and smears the irises: those are not read
        assertThat(judge.judge(with(Map.of("sharp", 10.0, "nose", 0.05, "mouthLine", 0.02, "gaze", 0.4)), false)
            .verdict().reasons()).containsExactly(PhotoReason.BLURRY);
        // it is told before the smile and the pose, whose mesh wanders on a soft face
        assertThat(judge.judge(with(Map.of("sharp", 10.0, "mouth", 0.3, "yaw", 20.0)), false).verdict().reasons())
            .containsExactly(PhotoReason.BLURRY, PhotoReason.SMILING_OR_MOUTH_OPEN, PhotoReason.HEAD_TURNED);
    }

    @Test
    void aSmallOrDarkFaceKeepsItsFineMeasuresOut() {
        assertThat(judge.judge(with(Map.of("interEye", 50.0, "mouthLine", 0.02, "gaze", 0.4)), false).verdict().reasons())
            .containsExactly(PhotoReason.LOW_RESOLUTION);
        assertThat(judge.judge(with(Map.of("faceLuma", 40.0, "bgLuma", 100.0, "nose", 0.05)), false).verdict().reasons())
            .containsExactly(PhotoReason.TOO_DARK, PhotoReason.DARK_BACKGROUND);
    }

    @Test
    void sideLightIsToldAsAShadowNotAsEyesLookingAside() {
        assertThat(judge.judge(with(Map.of("balance", 0.4, "gaze", 0.4)), false).verdict().reasons())
            .containsExactly(PhotoReason.SHADOW_ON_FACE);
    }

    @Test
    void lipsLikeTheSkinRoundThemWithAFaintLineAreAHandOrMask() {
        assertThat(judge.judge(with(Map.of("lipContrast", 3.0, "mouthLine", 0.12, "mouthWidth", 1.0)), false)
            .verdict().reasons()).containsExactly(PhotoReason.FACE_COVERED);
        // pale lips keep the line between them
        assertThat(judge.judge(with(Map.of("lipContrast", 3.0, "mouthLine", 0.35)), false).verdict().compliant()).isTrue();
    }

    @Test
    void lensesThatChangeTheSkinRoundTheEyesCoverThemUnlessBothEyesAreFoundOpen() {
        assertThat(judge.judge(with(Map.of("eyeSurround", 25.0, "eyesOpen", 0.0)), false).verdict().reasons())
            .containsExactly(PhotoReason.EYES_COVERED);
        assertThat(judge.judge(with(Map.of("eyeSurround", 25.0, "eyesOpen", 2.0)), false).verdict().compliant()).isTrue();
    }

    @Test
    void noFaceIsItsOwnOutcome() {
        PhotoVerdict v = judge.judge(PhotoMeasurements.noFace(640, 480), false).verdict();
        assertThat(v.outcome()).isEqualTo(PhotoVerdict.Outcome.NOFACE);
        assertThat(v.reasons()).containsExactly(PhotoReason.NO_FACE);
    }

    @Test
    void fileRulesNameEachProblem() {
        assertThat(judge.fileReasons(new PhotoFileFacts(true, true, 3, 50_000, 600, 800))).isEmpty();
        assertThat(judge.fileReasons(new PhotoFileFacts(false, false, 3, 10_000, 12000, 12000))).containsExactly(
            PhotoReason.NOT_JPEG, PhotoReason.FILE_TOO_SMALL, PhotoReason.PIXELS_OUT_OF_RANGE);
        assertThat(judge.fileReasons(new PhotoFileFacts(true, true, 4, 50_000, 600, 800))).containsExactly(PhotoReason.CMYK);
        assertThat(judge.fileReasons(new PhotoFileFacts(true, true, 3, 8_000_000, 479, 800)))
            .containsExactly(PhotoReason.FILE_TOO_LARGE, PhotoReason.PIXELS_OUT_OF_RANGE);
    }

    @Test
    void theFileMustBeABaselineRgbJpeg() {
        assertThat(judge.fileReasons(new PhotoFileFacts(true, false, 3, 50_000, 600, 800))).containsExactly(PhotoReason.NOT_BASELINE);
        assertThat(judge.fileReasons(new PhotoFileFacts(true, true, 1, 50_000, 600, 800))).containsExactly(PhotoReason.NOT_RGB);
        assertThat(judge.fileReasons(new PhotoFileFacts(true, false, 1, 50_000, 600, 800)))
            .containsExactly(PhotoReason.NOT_BASELINE, PhotoReason.NOT_RGB);
    }

    @Test
    void codesAreTheLabelVocabulary() {
        assertThat(PhotoReason.SMILING_OR_MOUTH_OPEN.code()).isEqualTo("smiling_or_mouth_open");
        assertThat(PhotoReason.fromCode("off_centre")).isEqualTo(PhotoReason.OFF_CENTRE);
    }
}
