package jp.madoguchi.kiosk.vision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.madoguchi.kiosk.vision.bench.PhotoVariants;
import jp.madoguchi.rules.photo.PhotoReason;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A cap, a headscarf, a mask, a scarf over the mouth, sunglasses, eyes turned aside and a tilted
 * head drawn on compliant developer photos (seeded, in memory) are each refused and called what
 * they are first; a barely tilted copy stays compliant. (Known weaker cases, counted in
 * docs/PHOTO-ACCURACY.md: a hand in the face's own colour when a finger gap lies on the mouth, and
 * a ribbed knitted hat in a hair colour.)
 */
class CoveringsTest {
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

    @ParameterizedTest
    @ValueSource(strings = {"london_020_03.jpg", "canada_003f.jpg"})
    void eachDrawnProblemIsNamedFirst(String file) throws Exception {
        try (PhotoFile.Decoded photo = PhotoFile.read(DevPhotos.photo(file))) {
            FaceDetection face = check.mainFace(photo.bgr()).orElseThrow();
            List<PhotoVariants.Variant> variants = new PhotoVariants(15).of(file, photo.bgr(), face);
            try {
                for (PhotoVariants.Variant v : variants) {
                    if (v.kind() == PhotoVariants.Kind.HAND || v.kind() == PhotoVariants.Kind.KNIT_HAT) {
                        continue;
                    }
                    PhotoCheck.Result r = check.check(v.bgr());
                    if (v.kind().reason == null) {
                        assertThat(r.verdict().reasons()).as(v.name()).isEmpty();
                    } else {
                        assertThat(r.verdict().first()).as(v.name() + " " + r.verdict().reasons()).isEqualTo(v.kind().reason);
                    }
                }
            } finally {
                variants.forEach(PhotoVariants.Variant::close);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"london_009_03.jpg", "london_020_03.jpg"})
    void aMaskIsNotAnOpenMouthAndSunglassesAreNotClosedEyes(String file) throws Exception {
        try (PhotoFile.Decoded photo = PhotoFile.read(DevPhotos.photo(file))) {
            FaceDetection face = check.mainFace(photo.bgr()).orElseThrow();
            List<PhotoVariants.Variant> variants = new PhotoVariants(15).of(file, photo.bgr(), face);
            try {
                for (PhotoVariants.Variant v : variants) {
                    List<PhotoReason> reasons = check.check(v.bgr()).verdict().reasons();
                    if (v.kind() == PhotoVariants.Kind.MASK) {
                        assertThat(reasons).as(v.name()).contains(PhotoReason.FACE_COVERED)
                            .doesNotContain(PhotoReason.SMILING_OR_MOUTH_OPEN);
                    }
                    if (v.kind() == PhotoVariants.Kind.SUNGLASSES) {
                        assertThat(reasons).as(v.name()).contains(PhotoReason.EYES_COVERED)
                            .doesNotContain(PhotoReason.EYES_CLOSED, PhotoReason.GLASSES, PhotoReason.GLARE);
                    }
                }
            } finally {
                variants.forEach(PhotoVariants.Variant::close);
            }
        }
    }
}
