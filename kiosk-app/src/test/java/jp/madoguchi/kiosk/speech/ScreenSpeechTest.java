package jp.madoguchi.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import jp.madoguchi.kiosk.flow.CounterAdvice;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.kiosk.i18n.Messages;
import jp.madoguchi.kiosk.testing.SystemPart;
import jp.madoguchi.kiosk.text.Ruby;
import jp.madoguchi.kiosk.ui.SampleScreens;
import jp.madoguchi.kiosk.ui.model.ScreenModel;
import jp.madoguchi.kiosk.ui.model.ScreenModels;
import jp.madoguchi.kiosk.ui.model.ScreenWords;
import jp.madoguchi.rules.RuleBook;
import org.junit.jupiter.api.Test;

/**
 * Every screen in every language, read aloud as the speaker button reads it, is audible speech:
 * its voice (espeak-ng; Open JTalk for easy Japanese where installed, and espeak-ng's Japanese,
 * the fallback, too) renders a WAV of at least half a second that is not silence. A language
 * without a voice (Filipino) is never read in another language: its button says so, in Filipino.
 */
class ScreenSpeechTest {
    private static final SampleScreens SAMPLES = new SampleScreens(new BufferedImage(350, 450, BufferedImage.TYPE_INT_RGB),
        new CounterAdvice(RuleBook.load(), "shinjuku"));

    @Test
    void everyScreenInEveryLanguageWithAVoiceIsAudible() throws Exception {
        SystemPart.require(EspeakNg.installed(), "espeak-ng (speech synthesis)", "espeak-ng");
        record Job(String name, Language language, Voice voice, String words) {
        }
        List<Job> jobs = new ArrayList<>();
        for (Language language : Language.values()) {
            List<Voice> voices = new ArrayList<>();
            Voices.of(language).ifPresent(voices::add);
            Voices.espeak(language).filter(v -> !voices.contains(v)).ifPresent(voices::add);
            for (SampleScreens.Sample sample : SAMPLES.all(language)) {
                String words = words(sample);
                assertThat(words).as(sample.name() + " in " + language.code() + " has words to read").isNotBlank();
                voices.forEach(voice -> jobs.add(new Job(sample.name(), language, voice, words)));
            }
        }
        ConcurrentLinkedQueue<String> silent = new ConcurrentLinkedQueue<>();
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            pool.submit(() -> jobs.parallelStream().forEach(job -> {
                try {
                    double[] secondsAndRms = measure(job.voice().wav(job.words()));
                    if (secondsAndRms[0] < 0.5 || secondsAndRms[1] < 0.01) {
                        silent.add(job.name() + "-" + job.language().code() + " (" + job.voice().name() + ")"
                            + String.format(": %.2f s, RMS %.4f", secondsAndRms[0], secondsAndRms[1]));
                    }
                } catch (Exception e) {
                    silent.add(job.name() + "-" + job.language().code() + " (" + job.voice().name() + "): " + e);
                }
            })).get();
        } finally {
            pool.shutdown();
        }
        assertThat(jobs).hasSizeGreaterThanOrEqualTo(12 * 20);
        assertThat(silent).as("screens whose speech is silent or failed").isEmpty();
    }

    @Test
    void espeakReadsJapaneseFromTheFuriganaSoItNeverMeetsAKanji() {
        Voice espeak = Voices.espeak(Language.EASY_JAPANESE).orElseThrow();
        for (SampleScreens.Sample sample : SAMPLES.all(Language.EASY_JAPANESE)) {
            String words = espeak.words(words(sample));
            assertThat(words.codePoints().filter(Ruby::isKanji).toArray()).as(sample.name() + ": " + words).isEmpty();
            assertThat(words).as(sample.name()).doesNotContain("《", "》", "｜");
        }
    }

    /** Title and instruction are set apart by Japanese punctuation, also after a title of kanji alone (生年月日). */
    @Test
    void japanesePartsEndInJapanesePunctuation() {
        for (SampleScreens.Sample sample : SAMPLES.all(Language.EASY_JAPANESE)) {
            for (String part : words(sample).split("\n")) {
                assertThat(Ruby.plain(part)).as(sample.name()).doesNotMatch("(?s).*[^\\p{ASCII}]\\.$");
            }
        }
    }

    static String words(SampleScreens.Sample sample) {
        return sample.idleWarning() ? ScreenWords.of(ScreenModels.idleWarning(sample.snapshot()).orElseThrow())
            : ScreenWords.of(ScreenModels.of(sample.snapshot()));
    }

    @Test
    void aLanguageWithoutAVoiceSaysSoInsteadOfBorrowingOne() {
        assertThat(Voices.espeak(Language.FILIPINO)).isEmpty();
        ScreenModel need = ScreenModels.of(SAMPLES.all(Language.FILIPINO).get(2).snapshot());
        assertThat(need.chrome().canSpeak()).isFalse();
        assertThat(need.chrome().speak()).isEqualTo(Messages.of(Language.FILIPINO).text("speech.noVoice"));
        for (Language language : Language.values()) {
            if (language != Language.FILIPINO) {
                assertThat(ScreenModels.of(SAMPLES.all(language).get(2).snapshot()).chrome().canSpeak()).as(language.code()).isTrue();
            }
        }
    }

    /** Duration in seconds and RMS amplitude (0..1) of a 16-bit PCM WAV. */
    static double[] measure(byte[] wav) throws Exception {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            AudioFormat format = in.getFormat();
            byte[] pcm = in.readAllBytes();
            double sum = 0;
            int samples = pcm.length / 2;
            for (int i = 0; i + 1 < pcm.length; i += 2) {
                int v = format.isBigEndian() ? (short) ((pcm[i] << 8) | (pcm[i + 1] & 0xFF)) : (short) ((pcm[i + 1] << 8) | (pcm[i] & 0xFF));
                sum += (v / 32768.0) * (v / 32768.0);
            }
            return new double[] {samples / (double) format.getChannels() / format.getSampleRate(), Math.sqrt(sum / Math.max(1, samples))};
        }
    }
}
