package jp.madoguchi.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import jp.madoguchi.rules.local.MunicipalityProfile;
import jp.madoguchi.rules.local.SupportLine;
import jp.madoguchi.rules.phrases.PhraseCard;
import jp.madoguchi.rules.phrases.PhraseText;
import jp.madoguchi.rules.validity.LeapDayBirthday;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The shipped data says what domain.md says, with a source and a date on every figure. */
class RuleBookTest {
    private static final RuleBook BOOK = RuleBook.load();

    @Test
    void feesAreTheDomainFigures() {
        assertThat(BOOK.fees().firstIssuanceYen().value()).isZero();
        assertThat(BOOK.fees().renewalOnExpiryYen().value()).isZero();
        assertThat(BOOK.fees().cardReissueYen().value()).isEqualTo(800);
        assertThat(BOOK.fees().certificatesReissueYen().value()).isEqualTo(200);
        assertThat(BOOK.fees().cardReissueYen().source()).contains("Kobe City");
    }

    @Test
    void validityAndPinFiguresAreTheDomainFigures() {
        var validity = BOOK.validity();
        assertThat(validity.adultAgeAtIssue().value()).isEqualTo(18);
        assertThat(validity.adultCardBirthdays().value()).isEqualTo(10);
        assertThat(validity.minorCardBirthdays().value()).isEqualTo(5);
        assertThat(validity.certificateBirthdays().value()).isEqualTo(5);
        assertThat(validity.signatureCertificateMinAge().value()).isEqualTo(15);
        assertThat(validity.renewalWindowMonths().value()).isEqualTo(3);
        assertThat(validity.specialExtensionMonths().value()).isEqualTo(2);
        assertThat(validity.leapDayBirthday().value()).isEqualTo(LeapDayBirthday.FEB_28);
        assertThat(validity.onlineImmigrationLimitFrom().value()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(BOOK.integratedCard().effective().value()).isEqualTo(LocalDate.of(2026, 6, 14));
        assertThat(BOOK.pins().userIdentificationPinDigits().value()).isEqualTo(4);
        assertThat(BOOK.pins().signaturePinMinLength().value()).isEqualTo(6);
        assertThat(BOOK.pins().signaturePinMaxLength().value()).isEqualTo(16);
        assertThat(BOOK.pins().userIdentificationLockoutTries().value()).isEqualTo(3);
        assertThat(BOOK.pins().signatureLockoutTries().value()).isEqualTo(5);
    }

    @Test
    void theBookSaysHowCurrentItIs() {
        assertThat(BOOK.asOf()).isEqualTo(LocalDate.of(2026, 3, 1)); // the guide's date, the oldest check
        assertThat(BOOK.sources()).anyMatch(s -> s.contains("mynumber-guide-2026")).allMatch(s -> !s.isBlank());
    }

    @ParameterizedTest
    @CsvSource({
        "shinjuku, Shinjuku City, 新宿区, true",
        "osaka,    Osaka City,    大阪市, ",
        "fukuoka,  Fukuoka City,  福岡市, ",
    })
    void shipsTheThreeMunicipalities(String id, String english, String japanese, Boolean reservationRequired) {
        MunicipalityProfile profile = BOOK.municipalities().find(id).orElseThrow();
        assertThat(profile.nameEnglish()).isEqualTo(english);
        assertThat(profile.nameJapanese()).isEqualTo(japanese);
        assertThat(profile.pickupReservationRequired()).isEqualTo(reservationRequired);
        assertThat(profile.counters()).isNotEmpty();
        assertThat(profile.provenance().source()).isNotBlank();
        // What the sheets print from the profile is there in Japanese as well as English.
        assertThat(profile.counters()).allSatisfy(c -> assertThat(c.name().in("ja")).isPresent());
        assertThat(profile.reservationNote().in("ja")).isPresent();
    }

    @Test
    void municipalTextHasOneTextPerLanguageAndEachCanBeOverridden() {
        RuleBook book = RuleBook.load(java.util.Map.of("municipality.osaka.reservation_note.en", "Ask at the ward office."));
        var note = book.municipalities().find("osaka").orElseThrow().reservationNote();
        assertThat(note.english()).isEqualTo("Ask at the ward office.");
        assertThat(note.in("ja")).isPresent();
        assertThat(BOOK.municipalities().find("shinjuku").orElseThrow().reservationNote().in("vi").orElseThrow())
            .startsWith("Khi nhận được");
    }

    @Test
    void fukuokaListsBothSupportLinesFromTheGuide() {
        var lines = BOOK.municipalities().find("fukuoka").orElseThrow().supportLines();
        assertThat(lines).extracting(SupportLine::phone).containsExactly("092-753-6113", "092-262-1799");
        assertThat(lines.get(0).languages()).containsExactly("en", "zh", "ko", "vi", "ne");
        assertThat(lines).extracting(line -> line.hours().english()).containsOnly("weekdays");
        assertThat(lines).extracting(line -> line.hours().in("ja").orElseThrow()).containsOnly("平日");
    }

    @ParameterizedTest
    @EnumSource(PhraseCard.class)
    void everyPhraseCardHasJapaneseRomajiAndEnglish(PhraseCard card) {
        PhraseText text = BOOK.phrases().text(card);
        assertThat(text.japanese()).matches(".*[\\p{IsHiragana}\\p{IsHan}].*");
        assertThat(text.romaji()).matches("[A-Za-z0-9 .,?'-]+");
        assertThat(text.in(PhraseText.ENGLISH)).get().asString().matches("[A-Z].*[.?]");
    }

    @Test
    void theLostFormCardAsksForTheTwentyThreeDigitId() {
        PhraseText text = BOOK.phrases().text(PhraseCard.LOST_FORM_REISSUE);
        assertThat(text.japanese()).contains("23桁");
        assertThat(text.in("en")).hasValue("I lost my application form. Can you reissue it with the 23-digit ID?");
    }
}
