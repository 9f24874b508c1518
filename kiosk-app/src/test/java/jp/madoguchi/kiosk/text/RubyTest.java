package jp.madoguchi.kiosk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RubyTest {
    @Test
    void aBarMarksWhereTheBaseStartsAndAKanjiRunNeedsNone() {
        assertThat(Ruby.parse("あたらしい ｜申請書ID《しんせいしょアイディー》を 住所《じゅうしょ》に")).containsExactly(
            new Ruby.Segment("あたらしい ", ""), new Ruby.Segment("申請書ID", "しんせいしょアイディー"),
            new Ruby.Segment("を ", ""), new Ruby.Segment("住所", "じゅうしょ"), new Ruby.Segment("に", ""));
        // only the kanji directly before 《 carry the reading: か in か月 does not
        assertThat(Ruby.parse("2か月《げつ》")).containsExactly(new Ruby.Segment("2か", ""), new Ruby.Segment("月", "げつ"));
    }

    @Test
    void plainTextKeepsTheKanjiAndSpeechUsesTheReadings() {
        String notation = "在留《ざいりゅう》カードを 更新《こうしん》しました";
        assertThat(Ruby.plain(notation)).isEqualTo("在留カードを 更新しました");
        assertThat(Ruby.spoken(notation)).isEqualTo("ざいりゅうカードを こうしんしました");
        assertThat(Ruby.hasRuby(notation)).isTrue();
        assertThat(Ruby.hasRuby("Apply for a My Number Card")).isFalse();
    }

    @Test
    void bracketsThatAreNotFuriganaStayAsWritten() {
        assertThat(Ruby.plain("《未完")).isEqualTo("《未完");
        assertThat(Ruby.plain("ABC《えーびーしー》")).isEqualTo("ABC《えーびーしー》"); // no kanji before it, no bar
        assertThat(Ruby.plain("Step {0} of {1}")).isEqualTo("Step {0} of {1}");
        assertThat(Ruby.parse("")).isEqualTo(List.of());
    }
}
