package jp.madoguchi.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import jp.madoguchi.kiosk.flow.CounterAdvice;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.kiosk.testing.SystemPart;
import jp.madoguchi.kiosk.text.Ruby;
import jp.madoguchi.kiosk.ui.SampleScreens;
import jp.madoguchi.rules.RuleBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Easy Japanese is read by Open JTalk with the Mei voice where it is installed, and Open JTalk is
 * given the kanji the resident sees (it reads them as words, with their accent), never the
 * furigana notation. espeak-ng, given the same kanji, spells each one out as "Chinese letter":
 * the durations tell the two apart, which is how these tests know the kanji were read as words.
 */
class OpenJTalkTest {
    private static final SampleScreens SAMPLES = new SampleScreens(new BufferedImage(350, 450, BufferedImage.TYPE_INT_RGB),
        new CounterAdvice(RuleBook.load(), "shinjuku"));
    private static final String WITH_FURIGANA = "申請書《しんせいしょ》と 在留《ざいりゅう》カードを 用意《ようい》して ください。";
    private static final String READINGS = "しんせいしょと ざいりゅうカードを よういして ください。";

    @Test
    void openJTalkIsGivenTheKanjiOnOneLineWithoutFurigana() {
        OpenJTalk voice = new OpenJTalk(Path.of("unused.htsvoice"));
        assertThat(voice.words("申請書《しんせいしょ》を だします。\n｜漢字《かんじ》の よみかたです。"))
            .isEqualTo("申請書をだします。漢字のよみかたです。");
        assertThat(voice.words("QRコードの ある 申請書《しんせいしょ》")).isEqualTo("QRコードのある申請書");
        boolean anyKanji = false;
        for (SampleScreens.Sample sample : SAMPLES.all(Language.EASY_JAPANESE)) {
            String words = voice.words(ScreenSpeechTest.words(sample));
            assertThat(words).as(sample.name()).doesNotContain("《", "》", "｜", "\n").isNotBlank();
            anyKanji |= words.codePoints().anyMatch(Ruby::isKanji);
        }
        assertThat(anyKanji).as("the screens' kanji reach Open JTalk").isTrue();
    }

    @Test
    void japaneseIsReadByOpenJTalkWhenInstalledAndItReadsKanjiAsWords() throws Exception {
        requireOpenJTalk();
        Voice japanese = Voices.of(Language.EASY_JAPANESE).orElseThrow();
        assertThat(japanese).isInstanceOf(OpenJTalk.class);
        assertThat(japanese.name()).contains("Open JTalk");

        double kanji = ScreenSpeechTest.measure(japanese.wav(WITH_FURIGANA))[0];
        double kana = ScreenSpeechTest.measure(japanese.wav(READINGS))[0];
        assertThat(kanji).as("Open JTalk says the kanji as long as their readings take").isBetween(kana * 0.8, kana * 1.25);

        // the measure can fail: espeak-ng given the kanji themselves says "Chinese letter" for each
        EspeakNg espeak = new EspeakNg("ja");
        SystemPart.require(EspeakNg.installed(), "espeak-ng (speech synthesis)", "espeak-ng");
        double spelled = ScreenSpeechTest.measure(espeak.wav(Ruby.plain(WITH_FURIGANA)))[0];
        double read = ScreenSpeechTest.measure(espeak.wav(READINGS))[0];
        assertThat(spelled).as("espeak-ng spells kanji out").isGreaterThan(read * 1.5);
    }

    /**
     * Open JTalk reads each kanji word of every easy-Japanese string as its furigana says, in the
     * sentence (its text analysis, the -ot trace, gives the reading it chose). Strings with digits,
     * Latin letters or placeholders are left out: their spelled-out readings are not comparable.
     */
    @Test
    void openJTalkReadsEveryKanjiAsTheFuriganaSays(@TempDir Path dir) throws Exception {
        OpenJTalk voice = requireOpenJTalk();
        Properties ja = new Properties();
        try (var in = OpenJTalkTest.class.getResourceAsStream("/jp/madoguchi/kiosk/i18n/messages_ja.properties")) {
            ja.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> misread = new ArrayList<>();
        int checked = 0;
        for (String key : new TreeSet<>(ja.stringPropertyNames())) {
            String text = ja.getProperty(key);
            if (!Ruby.hasRuby(text) || Ruby.plain(text).matches("(?s).*[A-Za-z0-9０-９{}].*")) {
                continue;
            }
            checked++;
            String expected = katakana(Ruby.spoken(text)).replaceAll("[\\s\\p{Punct}、。「」（）・：！？]", "");
            String read = reading(voice.words(text), dir);
            if (!read.equals(expected)) {
                misread.add(key + ": furigana " + expected + ", Open JTalk " + read);
            }
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(misread).isEmpty();
    }

    /** The reading (katakana) Open JTalk's text analysis chose for {@code words}, punctuation left out. */
    private static String reading(String words, Path dir) throws Exception {
        Path trace = dir.resolve("trace.txt");
        Process p = new ProcessBuilder("open_jtalk", "-x", OpenJTalk.DICTIONARY.toString(), "-m", OpenJTalk.voiceFile().toString(),
            "-ot", trace.toString(), "-ow", dir.resolve("x.wav").toString()).redirectErrorStream(true).start();
        try (var in = p.getOutputStream()) {
            in.write((words + "\n").getBytes(StandardCharsets.UTF_8));
        }
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor()).isZero();
        String analysis = Files.readString(trace).split("\\[Text analysis result]")[1].split("\\[Output label]")[0];
        StringBuilder out = new StringBuilder();
        for (String line : analysis.strip().split("\n")) {
            String[] f = line.split(",");
            if (f.length > 9 && !f[1].equals("記号")) {
                out.append(f[8].replace("’", ""));
            }
        }
        return out.toString();
    }

    private static String katakana(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.appendCodePoint(c >= 'ぁ' && c <= 'ゖ' ? c + 0x60 : c));
        return out.toString();
    }

    @Test
    void nothingIsLeftOnDiskAfterAnUtterance() throws Exception {
        OpenJTalk voice = requireOpenJTalk();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before = speechFolders(tmp);
        voice.wav(WITH_FURIGANA);
        assertThat(speechFolders(tmp)).as("private folders left in " + tmp).isEqualTo(before);
    }

    /** Open JTalk with the Mei voice; skips (fails with CI=true) naming what is missing. */
    private static OpenJTalk requireOpenJTalk() {
        SystemPart.require(OpenJTalk.programInstalled(), "Open JTalk (Japanese speech)", "open-jtalk open-jtalk-mecab-naist-jdic");
        SystemPart.require(Files.isReadable(OpenJTalk.voiceFile()), "the Open JTalk voice Mei (models/fetch puts it in models/cache/voice)",
            SystemPart.FETCH_MODELS);
        return OpenJTalk.installed().orElseThrow();
    }

    private static List<Path> speechFolders(Path tmp) throws Exception {
        try (var files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("madoguchi-speech-")).sorted().toList();
        }
    }
}
