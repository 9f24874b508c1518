package jp.madoguchi.kiosk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.kiosk.text.Ruby;
import org.junit.jupiter.api.Test;

/**
 * The easy-Japanese bundle: every kanji carries furigana (what is spoken is all kana), readings
 * are kana, the words residents see on paper are written in kanji, and sentences end politely.
 */
class EasyJapaneseTest {
    private static final Messages JA = Messages.of(Language.EASY_JAPANESE);
    private static final Pattern RUBY = Pattern.compile("《([^》]*)》");

    @Test
    void everyKanjiHasFuriganaAndEveryReadingIsKana() {
        for (String key : JA.keys()) {
            String value = JA.text(key);
            assertThat(Ruby.spoken(value).codePoints().filter(Ruby::isKanji).toArray())
                .as(key + " has kanji without furigana: " + value).isEmpty();
            Matcher readings = RUBY.matcher(value);
            while (readings.find()) {
                assertThat(readings.group(1)).as(key).matches("[\\p{IsHiragana}\\p{IsKatakana}ー]+");
            }
        }
    }

    @Test
    void theWordsOnPaperAndAtTheCounterAreWrittenAsTheResidentWillSeeThem() {
        assertThat(Ruby.plain(JA.text("need.LOST_FORM"))).contains("申請書");
        assertThat(Ruby.plain(JA.text("checklist.RESIDENCE_CARD"))).contains("在留カード");
        assertThat(Ruby.plain(JA.text("checklist.ISSUANCE_NOTICE"))).contains("交付通知書");
        assertThat(Ruby.plain(JA.text("submit.formId"))).contains("申請書ID");
        assertThat(Ruby.plain(JA.text("certificates.title"))).isEqualTo("電子証明書");
        assertThat(Ruby.plain(JA.text("checklist.KNOW_CARD_PINS"))).contains("暗証番号");
        assertThat(Ruby.plain(JA.text("sheet.route.D"))).contains("市役所", "区役所");
    }

    @Test
    void sentencesArePolite() {
        for (String key : new String[] {"scan.hint", "done.next", "guidance.body.LOST_FORM", "error.staff", "photo.hint"}) {
            for (String sentence : Ruby.plain(JA.text(key)).split("。")) {
                if (!sentence.isBlank()) {
                    assertThat(sentence.strip()).as(key).matches("(?s).*(です|ます|ません|ください|でした|ました|できます)[）)]?$");
                }
            }
        }
    }
}
