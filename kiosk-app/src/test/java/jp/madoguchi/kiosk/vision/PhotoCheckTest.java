package jp.madoguchi.kiosk.vision;

import static org.assertj.core.api.Assertions.assertThat;

import jp.madoguchi.rules.photo.PhotoReason;
import jp.madoguchi.rules.photo.PhotoVerdict.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole check on a few labelled developer photos, one per kind of verdict. */
class PhotoCheckTest {
    static PhotoCheck check;

    @BeforeAll
    static void open() {
        check = DevPhotos.check();
    }

    @AfterAll
    static void close() {
        if (check != null) {
            check.close();
        }
    }

    static PhotoCheck.Result run(String name, boolean asIs) throws Exception {
        PhotoFile.Decoded photo = PhotoFile.read(DevPhotos.photo(name));
        try {
            return check.check(photo, asIs);
        } finally {
            photo.bgr().release();
        }
    }

    @Test
    void aNeutralStudioPortraitIsCompliantAfterTheKiosksCrop() throws Exception {
        PhotoCheck.Result r = run("london_009_03.jpg", false);
        assertThat(r.verdict().outcome()).isEqualTo(Outcome.COMPLIANT);
        assertThat(r.crop()).isPresent();
        assertThat(r.measurements().faces()).isEqualTo(1);
        assertThat(r.measurements().crownMeasured()).isTrue();
        // as submitted, the 1:1 frame with a small head is not a passport frame
        assertThat(run("london_009_03.jpg", true).verdict().reasons()).contains(PhotoReason.FACE_TOO_SMALL);
    }

    @Test
    void eachKindOfProblemIsNamed() throws Exception {
        assertThat(run("london_030_08.jpg", false).verdict().reasons()).contains(PhotoReason.SMILING_OR_MOUTH_OPEN);
        assertThat(run("pexels_group.jpg", false).verdict().reasons()).contains(PhotoReason.MULTIPLE_FACES);
        assertThat(run("lisa_lisa3.jpg", false).verdict().reasons()).contains(PhotoReason.HEAD_TILTED);
        assertThat(run("pexels_woman_turned.jpg", false).verdict().reasons()).contains(PhotoReason.HEAD_TURNED);
        assertThat(run("yale_s05_rightlight.jpg", false).verdict().reasons())
            .contains(PhotoReason.SHADOW_ON_FACE, PhotoReason.TOO_DARK);
        assertThat(run("canada_010f.jpg", false).verdict().reasons()).contains(PhotoReason.FACE_TOO_LARGE);
        assertThat(run("wiki_tom_cruise.jpg", false).verdict().reasons()).contains(PhotoReason.DARK_BACKGROUND);
        assertThat(run("yale_s04_glasses.jpg", false).verdict().reasons()).contains(PhotoReason.GLASSES);
    }

    @Test
    void aCatIsNoFace() throws Exception {
        assertThat(run("noface_skimage_chelsea.jpg", false).verdict().outcome()).isEqualTo(Outcome.NOFACE);
    }
}
