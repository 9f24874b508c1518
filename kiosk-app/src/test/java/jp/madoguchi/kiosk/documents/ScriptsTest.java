package jp.madoguchi.kiosk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.kiosk.testing.SystemPart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every shipped script draws with an embedded font, and the complex ones are shaped. */
class ScriptsTest {
    static final String[][] SAMPLES = {
        {"ne", "नेपाली भाषा: म्याद सकिएको कार्ड, प्रिन्ट गर्नुहोस्"},
        {"my", "မြန်မာဘာသာ ကတ်ပြား"},
        {"th", "ภาษาไทย บัตรประจำตัว ผู้ที่น้ำ"},
        {"vi", "Tiếng Việt: thẻ cư trú, Đặng"},
        {"ko", "한국어 재류카드"},
        {"zh-Hans", "简体中文 在留卡 们 这"},
        {"zh-Hant", "繁體中文 在留卡"},
        {"ja", "行 西 用 申請書 マイナンバーカード"},
        {"es", "Español: ¿Dónde está?"},
    };

    @BeforeAll
    static void fonts() {
        SystemPart.require(Documents.fontsInstalled(), "the print fonts", Documents.fontPackages());
    }

    @Test
    void everyScriptDrawsWithNoMissingGlyphAndLatinCjkExtractBack() throws Exception {
        byte[] pdf;
        synchronized (ParsedFont.LOCK) {
            try (SheetWriter sheet = new SheetWriter()) {
                float y = 20;
                for (String[] sample : SAMPLES) {
                    sheet.text(15, y, sample[1], 20, Language.byCode(sample[0]).orElseThrow());
                    y += 14;
                }
                assertThat(sheet.missingGlyphs()).isEmpty();
                pdf = sheet.finish();
            }
        }
        Path out = Path.of("target", "scripts.pdf");
        Files.write(out, pdf);
        String text = PdfProbe.text(pdf);
        assertThat(text).contains("Tiếng Việt: thẻ cư trú, Đặng", "한국어 재류카드", "简体中文 在留卡 们 这",
            "行 西 用 申請書 マイナンバーカード", "¿Dónde está?");
    }

    @Test
    void shapedScriptsExtractInMemoryOrderThroughActualText() throws Exception {
        boolean poppler = java.nio.file.Files.isExecutable(Path.of("/usr/bin/pdftotext"));
        SystemPart.require(poppler, "pdftotext (a reader that honours ActualText)", "poppler-utils");
        everyScriptDrawsWithNoMissingGlyphAndLatinCjkExtractBack();
        Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", Path.of("target", "scripts.pdf").toString(), "-")
            .redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor()).isZero();
        assertThat(text).contains(SAMPLES[0][1], SAMPLES[1][1], SAMPLES[2][1]);
    }

    @Test
    void linesWrapWithinTheirWidthInScriptsWithAndWithoutSpaces() throws Exception {
        String thai = "บัตรประจำตัวประชาชนสำหรับชาวต่างชาติที่อาศัยอยู่ในประเทศญี่ปุ่นต้องยื่นคำขอที่สำนักงานเขต";
        String japanese = "こうふつうちしょは あたらしい じゅうしょに てんそう されません（転送不要）。じゅうしょが かわったら、とどけて ください。";
        String english = "Post offices do not forward the notice to a new address: keep your address up to date.";
        synchronized (ParsedFont.LOCK) {
            try (SheetWriter sheet = new SheetWriter()) {
                for (String[] sample : new String[][] {{"th", thai}, {"ja", japanese}, {"en", english}}) {
                    Language language = Language.byCode(sample[0]).orElseThrow();
                    var lines = sheet.wrap(sample[1], 11, language, 60);
                    assertThat(lines).as(sample[0]).hasSizeGreaterThan(1);
                    for (String line : lines) {
                        assertThat(sheet.width(line, 11, language)).as(line).isLessThanOrEqualTo(60f);
                    }
                    assertThat(String.join("", lines).replace(" ", "")).isEqualTo(sample[1].replace(" ", ""));
                }
            }
        }
    }

    @Test
    void burmeseVowelsAndMedialsAreReorderedBeforeTheirConsonant() throws Exception {
        synchronized (ParsedFont.LOCK) {
            ParsedFont myanmar = ParsedFont.of(java.util.List.of(
                Path.of("/usr/share/fonts/truetype/noto/NotoSansMyanmar-Regular.ttf"))).get(0);
            // "မြ": MA then MEDIAL RA in memory; the medial ra wraps around and is drawn first.
            Shaper.Shaped shaped = myanmar.shaper().shape("မြ");
            assertThat(shaped.glyphs()).hasSize(2);
            assertThat(shaped.glyphs().get(0).id()).isNotEqualTo(myanmar.glyph('မ'));
            assertThat(shaped.glyphs().get(1).id()).isEqualTo(myanmar.glyph('မ'));
            // "ကေ": the vowel sign E is stored after KA and drawn before it.
            Shaper.Shaped e = myanmar.shaper().shape("ကေ");
            assertThat(e.glyphs().get(0).id()).isEqualTo(myanmar.glyph('ေ'));
            assertThat(e.glyphs().get(0).x()).isLessThan(e.glyphs().get(1).x());
        }
    }

    @Test
    void devanagariFormsConjunctsAndPlacesTheIMatraFirst() throws Exception {
        synchronized (ParsedFont.LOCK) {
            ParsedFont deva = ParsedFont.of(java.util.List.of(
                Path.of("/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf"))).get(0);
            Shaper.Shaped ki = deva.shaper().shape("कि");
            assertThat(ki.glyphs().get(0).x()).as("the i-matra is drawn before KA").isLessThan(ki.glyphs().get(1).x());
            // म्य: MA + VIRAMA + YA become a half MA and YA: two glyphs, neither a plain MA, no visible virama.
            Shaper.Shaped mya = deva.shaper().shape("म्य");
            assertThat(mya.glyphs()).hasSize(2).noneMatch(g -> g.id() == deva.glyph('्') || g.id() == deva.glyph('म'));
        }
    }
}
