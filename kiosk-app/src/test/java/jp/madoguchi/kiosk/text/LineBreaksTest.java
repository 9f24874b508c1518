package jp.madoguchi.kiosk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines break by phrase in Japanese, never inside a word; by word in Thai and Burmese. */
class LineBreaksTest {
    @Test
    void japaneseWithoutSpacesBreaksByPhraseNeverInsideAWord() {
        assertThat(LineBreaks.pieces("マイナンバーカードを申請したいです。"))
            .containsExactly("マイナンバーカードを", "申請したいです。");
        List<String> lost = LineBreaks.pieces("申請書を紛失しました。23桁のIDで再発行できますか？");
        assertThat(lost).contains("申請書を").noneMatch(p -> p.endsWith("再")).noneMatch(p -> p.endsWith("紛"));
        assertThat(String.join("", lost)).isEqualTo("申請書を紛失しました。23桁のIDで再発行できますか？");
        assertThat(LineBreaks.pieces("在留カードを更新しました。")).noneMatch(p -> p.equals("在留"));
    }

    @Test
    void easyJapaneseBreaksOnlyAfterTheSpaceBetweenPhrases() {
        assertThat(LineBreaks.pieces("しんせいしょを もって、しやくしょの まどぐちに いって ください。"))
            .containsExactly("しんせいしょを ", "もって、しやくしょの ", "まどぐちに ", "いって ", "ください。");
    }

    @Test
    void thaiAndBurmeseBreakBetweenDictionaryWords() {
        List<String> thai = LineBreaks.pieces("บัตรประจำตัวประชาชนสำหรับชาวต่างชาติ");
        assertThat(thai).hasSizeGreaterThan(3);
        assertThat(String.join("", thai)).isEqualTo("บัตรประจำตัวประชาชนสำหรับชาวต่างชาติ");
        assertThat(LineBreaks.pieces("ဝန်ဆောင်မှုလုပ်ငန်းများကိုလျှောက်ထားပါ")).hasSizeGreaterThan(3);
    }

    @Test
    void koreanKeepsItsWordsWholeAndChineseMayBreakBetweenCharacters() {
        assertThat(LineBreaks.pieces("신청서를 잃어버렸습니다")).containsExactly("신청서를 ", "잃어버렸습니다");
        assertThat(LineBreaks.pieces("申请表")).hasSize(3);
    }

    @Test
    void anAnnotatedWordIsOnePieceWhateverTheBreakerSays() {
        List<List<Ruby.Segment>> pieces = LineBreaks.segmentPieces("電子証明書《でんししょうめいしょ》を 更新《こうしん》する");
        assertThat(pieces).hasSize(2);
        assertThat(pieces.get(0)).containsExactly(new Ruby.Segment("電子証明書", "でんししょうめいしょ"), new Ruby.Segment("を ", ""));
    }
}
