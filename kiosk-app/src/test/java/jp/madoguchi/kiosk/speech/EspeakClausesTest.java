package jp.madoguchi.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** espeak-ng 1.51 aborts on long clauses in Burmese: the text it gets never has one. */
class EspeakClausesTest {
    private static final String BURMESE = "သင့်ကိုယ်ရေးအချက်အလက် လုံခြုံစေရန် ဤအသုံးပြုမှုသည် 30 စက္ကန့်အတွင်း "
        + "ပြီးဆုံးမည်ဖြစ်ပြီး သင့်အချက်အလက်များကို ဖျက်ပါမည်။";

    @Test
    void noClauseIsLongerThanTheLimitAndNoWordIsLost() {
        String said = EspeakNg.clauses(BURMESE);
        assertThat(Arrays.stream(said.split("[.,!?;:]")).mapToInt(c -> c.strip().length()).max().orElse(0))
            .isLessThanOrEqualTo(EspeakNg.MAX_CLAUSE);
        assertThat(said.replaceAll("[,.]", "").replaceAll("\\s+", " ").strip())
            .isEqualTo(BURMESE.replace("။", "").replaceAll("\\s+", " ").strip());
    }

    @Test
    void shortTextAndTextWithPunctuationStayAsTheyAre() {
        assertThat(EspeakNg.clauses("Touch the screen to start.")).isEqualTo("Touch the screen to start.");
        assertThat(EspeakNg.clauses("ရှိနေသေးပါသလား။")).isEqualTo("ရှိနေသေးပါသလား.");
    }
}
