package jp.madoguchi.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.awt.image.BufferedImage;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import jp.madoguchi.kiosk.flow.CounterAdvice;
import jp.madoguchi.kiosk.flow.FlowSnapshot;
import jp.madoguchi.kiosk.ui.SampleScreens;
import jp.madoguchi.rules.RuleBook;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.kiosk.testing.SystemPart;
import jp.madoguchi.kiosk.ui.KioskViewModel;
import jp.madoguchi.sim.device.SimSpeaker;
import org.junit.jupiter.api.Test;

/**
 * Voice guidance on the simulated speaker, which records what was said: each new screen's title
 * and instruction are said in the resident's language, as audio, without a tap.
 */
class NarratorTest {
    private static final SampleScreens SAMPLES = new SampleScreens(new BufferedImage(350, 450, BufferedImage.TYPE_INT_RGB),
        new CounterAdvice(RuleBook.load(), "shinjuku"));

    @Test
    void voiceGuidanceSaysEachNewScreenInTheResidentsLanguage() throws Exception {
        SystemPart.require(EspeakNg.installed(), "espeak-ng (speech synthesis)", "espeak-ng");
        Semaphore said = new Semaphore(0);
        SimSpeaker speaker = new SimSpeaker(Clock.systemUTC());
        speaker.onSaid(speech -> said.release());
        try (Narrator narrator = new Narrator(speaker)) {
            KioskViewModel vm = new KioskViewModel(e -> { }, sample("language", Language.ENGLISH));
            vm.readWith(narrator::read, true);
            vm.show(sample("need", Language.EASY_JAPANESE));
            assertThat(said.tryAcquire(30, TimeUnit.SECONDS)).as("the new screen is said on arrival").isTrue();
            vm.readAloud();
            assertThat(said.tryAcquire(30, TimeUnit.SECONDS)).as("and again on the speaker button").isTrue();
            // the simulator records the words the Japanese voice was given (Open JTalk: kanji, no phrase spaces)
            String title = Voices.of(Language.EASY_JAPANESE).orElseThrow().words("きょうは なにを しますか");
            assertThat(speaker.said()).hasSize(2).allSatisfy(s -> {
                assertThat(s.language()).isEqualTo("ja");
                assertThat(s.text()).startsWith(title);
                assertThat(ScreenSpeechTest.measure(s.wav())[0]).isGreaterThan(1.0);
            });
        }
    }

    private static FlowSnapshot sample(String name, Language language) {
        return SAMPLES.all(language).stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().snapshot();
    }
}
