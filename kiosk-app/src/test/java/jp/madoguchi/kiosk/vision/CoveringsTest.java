package jp.madoguchi.kiosk.vision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.madoguchi.kiosk.vision.bench.PhotoVariants;
import jp.madoguchi.rules.photo.PhotoReason;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Problems drawn on compliant developer photos (seeded, in memory: masks, scarves and hands over the
 * mouth, sunglasses, eyes turned aside, a tilted head, the lens out of focus, light from one side,
 * too little light) are each refused and called what they are first; a barely tilted copy stays
 * compliant. Head coverings are held to it where their colour is vivid, and on some photos in
 * neutral and hair colours (the weaker cases, counted per tone in docs/PHOTO-ACCURACY.md).
 */
class CoveringsTest {
    static final Set<PhotoVariants.Kind> HEAD = EnumSet.of(PhotoVariants.Kind.CAP, PhotoVariants.Kind.KNIT_HAT,
        PhotoVariants.Kind.HEADSCARF, PhotoVariants.Kind.HOOD);
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
        for (PhotoVariants.Variant v : variants(file)) {
            try (v) {
                if (HEAD.contains(v.kind())) {
                    continue;
                }
                PhotoCheck.Result r = check.check(v.bgr());
                if (v.kind().reason == null) {
                    assertThat(r.verdict().reasons()).as(v.name()).isEmpty();
                } else {
                    assertThat(r.verdict().first()).as(v.name() + " " + r.verdict().reasons()).isEqualTo(v.kind().reason);
                }
            }
        }
    }

    @Test
    void headCoveringsInClothColoursAreNamedFirst() throws Exception {
        int seen = 0;
        for (String file : List.of("london_009_03.jpg", "london_020_03.jpg", "london_066_03.jpg", "canada_003f.jpg",
            "canada_095m.jpg", "london_113_03.jpg")) {
            for (PhotoVariants.Variant v : variants(file)) {
                try (v) {
                    if (HEAD.contains(v.kind()) && v.detail().startsWith("vivid")) {
                        seen++;
                        List<PhotoReason> reasons = check.check(v.bgr()).verdict().reasons();
                        assertThat(reasons).as(v.name() + " (" + v.detail() + ")").startsWith(PhotoReason.HEAD_COVERING);
                    }
                }
            }
        }
        assertThat(seen).as("vivid head coverings among the variants").isGreaterThanOrEqualTo(3);
    }

    /**
     * Caps and knitted hats in black, greys, beige or a hair colour (no colour tells them from hair): the
     * forehead stops low under something even. Not every one is found (see the per-tone table); these are.
     */
    @Test
    void capsAndKnittedHatsInDarkNeutralAndHairColoursAreNamedFirst() throws Exception {
        int seen = 0;
        for (String file : List.of("london_066_03.jpg", "london_135_03.jpg", "canada_003f.jpg", "canada_095m.jpg")) {
            for (PhotoVariants.Variant v : variants(file)) {
                try (v) {
                    boolean hatLike = v.kind() == PhotoVariants.Kind.CAP || v.kind() == PhotoVariants.Kind.KNIT_HAT;
                    if (hatLike && (v.detail().startsWith("neutral") || v.detail().startsWith("hair"))) {
                        seen++;
                        assertThat(check.check(v.bgr()).verdict().reasons()).as(v.name() + " (" + v.detail() + ")")
                            .startsWith(PhotoReason.HEAD_COVERING);
                    }
                }
            }
        }
        assertThat(seen).as("caps and knitted hats in neutral or hair colours among the variants").isGreaterThanOrEqualTo(4);
    }

    private static List<PhotoVariants.Variant> variants(String file) throws Exception {
        try (PhotoFile.Decoded photo = PhotoFile.read(DevPhotos.photo(file))) {
            FaceDetection face = check.mainFace(photo.bgr()).orElseThrow();
            return new PhotoVariants(15).of(file, photo.bgr(), face);
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
