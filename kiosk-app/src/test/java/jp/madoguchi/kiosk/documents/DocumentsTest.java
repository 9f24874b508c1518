package jp.madoguchi.kiosk.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.kiosk.testing.SystemPart;
import jp.madoguchi.rules.RuleBook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DocumentsTest {
    /** Scripts PDFBox's own text stripper cannot read back in order (it ignores ActualText). */
    private static final java.util.Set<Language> SHAPED = java.util.Set.of(Language.NEPALI, Language.BURMESE, Language.THAI);
    private static final SampleSheets SAMPLES = new SampleSheets(RuleBook.load(), "shinjuku", LocalDate.of(2026, 11, 24));

    @BeforeAll
    static void fonts() {
        SystemPart.require(Documents.fontsInstalled(), "the print fonts", Documents.fontPackages());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyDocumentDrawsEveryGlyphInEveryLanguage(Language language) {
        for (Rendered rendered : all(language)) {
            assertThat(rendered.missingGlyphs()).as(rendered.kind() + " in " + language).isEmpty();
            assertThat(rendered.pages()).isPositive();
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void sheetsSpeakTheResidentsLanguageWithLatinDigitsAndNoEnglishLeftOver(Language language) throws Exception {
        var town = SAMPLES.checklist(language).municipality();
        String checklist = PdfProbe.text(Documents.checklist(SAMPLES.checklist(language)).pdf());
        String summary = PdfProbe.text(Documents.applicationSummary(SAMPLES.summary(language)).pdf());
        for (String text : List.of(checklist, summary)) {
            assertThat(text).as(language.code()).doesNotContainPattern("[\\p{Nd}&&[^0-9]]").contains("03-5291-5171");
            if (language != Language.ENGLISH) {
                // Nothing English that the sheet could have said in the resident's language.
                assertThat(text).as(language.code()).doesNotContain(town.reservationNote().english(),
                    town.supportLines().get(0).name().english(), town.counters().get(0).note().english(),
                    "Phone ", "Information as of");
            }
        }
        assertThat(summary).contains("1234 5678 9012 3456 7890 123");
        if (!SHAPED.contains(language)) {
            assertThat(PdfProbe.squash(checklist)).as(language.code())
                .contains(PdfProbe.squash(town.reservationNote().in(language.code()).orElseThrow()));
        }
    }

    @Test
    void summaryTextExtractsBackOutInBothLanguages() throws Exception {
        String text = PdfProbe.text(Documents.applicationSummary(SAMPLES.summary(Language.ENGLISH)).pdf());
        assertThat(text).contains("My Number Card application: your copy", "1234 5678 9012 3456 7890 123",
            "Signature certificate: Yes", "User identification certificate: No", "03-5291-5171", "新宿区",
            // Japanese for the clerk, including kanji IPAex shares with Kangxi radicals (用, 子, 方).
            "署名用 電子証明書", "申請の 方法", "交付通知書");
        assertThat(text).as("the clerk's Japanese carries no furigana notation").doesNotContain("《", "》");
        assertThat(text.codePoints()).noneMatch(cp -> cp >= 0x2E80 && cp <= 0x2FDF);
    }

    @Test
    void phraseCardsCarryTheJapaneseRomajiAndMeaning() throws Exception {
        String text = PdfProbe.text(Documents.phraseCards(SAMPLES.phraseCards(Language.VIETNAMESE)).pdf());
        SheetData.Card first = SAMPLES.phraseCards(Language.VIETNAMESE).cards().get(0);
        assertThat(first.japanese()).contains("申請");
        assertThat(PdfProbe.squash(text)).contains(PdfProbe.squash(first.japanese()), PdfProbe.squash(first.romaji()));
    }

    @Test
    void checklistGivesPinRulesButNoPin() throws Exception {
        String text = PdfProbe.text(Documents.checklist(SAMPLES.checklist(Language.ENGLISH)).pdf());
        assertThat(text).contains("User identification PIN: 4 digits", "Signature PIN: 6 to 16 characters",
            "The issuance notice postcard", "暗証番号");
    }

    @Test
    void reissueFormShowsTheNewIdAndWhatStaffTyped() throws Exception {
        byte[] pdf = Documents.reissueForm(SAMPLES.reissueForm(Language.NEPALI)).pdf();
        assertThat(PdfProbe.squash(PdfProbe.text(pdf))).contains("東京都新宿区百人町九丁目99番9号", "1995-04-02", "NGUYENVANAN",
            "9876543210987654321098 7".replace(" ", ""));
        assertThat(PdfProbe.qrCodes(pdf)).containsExactly(SampleSheets.REISSUED_FORM_ID);
    }

    @Test
    void summaryQrCodeDecodesToTheFormId() throws Exception {
        byte[] pdf = Documents.applicationSummary(SAMPLES.summary(Language.EASY_JAPANESE)).pdf();
        assertThat(PdfProbe.qrCodes(pdf)).containsExactly(SampleSheets.FORM_ID);
    }

    @Test
    void photosArePlacedAt35By45Millimetres() throws Exception {
        List<PdfProbe.Placement> photos = PdfProbe.images(Documents.photoSheet(SAMPLES.photoSheet(Language.ENGLISH)).pdf());
        assertThat(photos).hasSize(2);
        for (PdfProbe.Placement photo : photos) {
            assertThat(photo.widthMm()).isCloseTo(35.0, within(0.5));
            assertThat(photo.heightMm()).isCloseTo(45.0, within(0.5));
            assertThat(photo.dpi()).isGreaterThanOrEqualTo(300);
        }
        PdfProbe.Placement onSummary = PdfProbe.images(Documents.applicationSummary(SAMPLES.summary(Language.ENGLISH)).pdf()).get(0);
        assertThat(onSummary.widthMm()).isCloseTo(35.0, within(0.5));
        assertThat(onSummary.heightMm()).isCloseTo(45.0, within(0.5));
    }

    @Test
    void photoIsCentreCroppedTo35By45() {
        var cropped = PhotoFit.crop(SampleSheets.photo(), 350, 450);
        assertThat(cropped.getWidth() * 45).isEqualTo(cropped.getHeight() * 35);
        // The figure's face (skin tone) stays in the middle of the crop.
        int skin = cropped.getRGB(175, 200) & 0xFFFFFF;
        assertThat((skin >> 16) & 0xFF).isGreaterThan(200);
    }

    private static List<Rendered> all(Language language) {
        return List.of(Documents.applicationSummary(SAMPLES.summary(language)),
            Documents.photoSheet(SAMPLES.photoSheet(language)), Documents.phraseCards(SAMPLES.phraseCards(language)),
            Documents.checklist(SAMPLES.checklist(language)), Documents.reissueForm(SAMPLES.reissueForm(language)));
    }
}
