package jp.madoguchi.kiosk.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import jp.madoguchi.kiosk.app.KioskConfig;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.kiosk.speech.EspeakNg;
import jp.madoguchi.kiosk.speech.Voice;
import jp.madoguchi.kiosk.speech.Voices;
import jp.madoguchi.kiosk.ui.SampleScreens;
import jp.madoguchi.kiosk.ui.model.ScreenModels;
import jp.madoguchi.kiosk.ui.model.ScreenWords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ./kiosk speak SCREEN --lang CODE --out FILE.wav}: what the speaker button says on a screen, as a WAV file. */
@Command(name = "speak", mixinStandardHelpOptions = true,
    description = "Render what reading SCREEN aloud says (title and instruction) in a language to a WAV file, "
        + "with the language's voice (Open JTalk for Japanese when installed, else espeak-ng). "
        + "SCREEN is a name as in ./kiosk shots (attract, need, guidance, scan-keypad, ...).")
public final class SpeakCommand implements Callable<Integer> {
    static final int BAD_INPUT = 2;
    static final int NO_ENGINE = 3;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Parameters(index = "0", paramLabel = "SCREEN", description = "The screen, e.g. guidance or scan-keypad.")
    String screen;

    @Option(names = "--lang", paramLabel = "CODE", defaultValue = "ja", description = "Language code (default ja).")
    String lang;

    @Option(names = "--out", required = true, paramLabel = "FILE.wav", description = "Where to write the WAV file.")
    Path out;

    @Override
    public Integer call() throws IOException {
        Language language = Language.byCode(lang).orElse(null);
        if (language == null) {
            return fail("unknown language \"" + lang + "\"; use one of "
                + String.join(", ", java.util.Arrays.stream(Language.values()).map(Language::code).toList()), BAD_INPUT);
        }
        SampleScreens samples = new SampleScreens(new BufferedImage(350, 450, BufferedImage.TYPE_INT_RGB),
            KioskConfig.counterAdvice(config.settings()));
        List<SampleScreens.Sample> all = samples.all(language);
        SampleScreens.Sample sample = all.stream().filter(s -> s.name().equals(screen)).findFirst().orElse(null);
        if (sample == null) {
            return fail("no screen \"" + screen + "\"; the screens are: "
                + String.join(", ", all.stream().map(SampleScreens.Sample::name).toList()), BAD_INPUT);
        }
        Voice voice = Voices.of(language).orElse(null);
        if (voice == null) {
            return fail(language.ownName() + " (" + language.code() + ") has no voice: espeak-ng has none for it, "
                + "so the kiosk says \"no voice for this language\" instead of reading it in another language", BAD_INPUT);
        }
        if (voice instanceof EspeakNg && !EspeakNg.installed()) {
            return fail("espeak-ng is not installed: sudo apt-get install -y espeak-ng", NO_ENGINE);
        }
        String words = sample.idleWarning() ? ScreenWords.of(ScreenModels.idleWarning(sample.snapshot()).orElseThrow())
            : ScreenWords.of(ScreenModels.of(sample.snapshot()));
        byte[] wav;
        try {
            wav = voice.wav(words);
        } catch (IOException e) {
            return fail(voice.name() + " could not say it: " + e.getMessage(), NO_ENGINE);
        }
        try {
            Files.write(out, wav);
        } catch (IOException e) {
            return fail("cannot write " + out + ": " + e.getMessage(), BAD_INPUT);
        }
        spec.commandLine().getOut().println(out + "\t" + language.code() + "\t" + voice.name() + "\t" + voice.words(words).replace('\n', ' '));
        return 0;
    }

    private int fail(String message, int code) {
        spec.commandLine().getErr().println("kiosk speak: " + message);
        return code;
    }
}
