package jp.madoguchi.kiosk.cli;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.kiosk.ui.SampleScreens;
import jp.madoguchi.kiosk.ui.ScreenShots;
import jp.madoguchi.sim.device.FaceImages;
import jp.madoguchi.kiosk.app.KioskConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ./kiosk shots --out DIR [--lang CODE ...]}: every screen to PNG, headless. */
@Command(name = "shots", mixinStandardHelpOptions = true,
    description = "Render every screen to DIR/<screen>-<lang>.png at 1920x1080 without a display.")
public final class ShotsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the PNG files.")
    Path out;

    @Option(names = "--lang", paramLabel = "CODE",
        description = "Language code (repeatable; default: every language). Codes: ja, en, zh-Hans, vi, ko, fil, ne, pt, id, my, zh-Hant, es, th.")
    List<String> languages = new ArrayList<>();

    @Option(names = "--pseudo", description = "Also render each screen pseudo-localised: Burmese, Thai, Nepali, Korean and Chinese sample text, longer than English (how untranslated text will lay out).")
    boolean pseudo;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1920x1080",
        description = "Panel size in pixels (default 1920x1080; e.g. 1280x800).")
    String size;

    @Override
    public Integer call() throws Exception {
        String[] wh = size.split("x");
        if (wh.length != 2 || !wh[0].matches("\\d{3,4}") || !wh[1].matches("\\d{3,4}")) {
            throw new ParameterException(spec.commandLine(), "--size must be WIDTHxHEIGHT in pixels, e.g. 1280x800 (got \"" + size + "\")");
        }
        List<Language> chosen = new ArrayList<>();
        for (String code : languages) {
            chosen.add(Language.byCode(code).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unknown language \"" + code + "\"; use one of ja, en, zh-Hans, vi, ko, fil, ne, pt, id, my, zh-Hant, es, th")));
        }
        if (chosen.isEmpty()) {
            chosen.addAll(List.of(Language.values()));
        }
        ScreenShots.useHeadlessPlatform();
        List<Path> files = ScreenShots.render(out, chosen, new SampleScreens(sampleFace(), KioskConfig.counterAdvice(config.settings())),
            pseudo, Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
        files.forEach(f -> spec.commandLine().getOut().println(f));
        javafx.application.Platform.exit();
        return 0;
    }

    /** The face the simulated camera starts on (the studio's resident once models/fetch has run). */
    private static BufferedImage sampleFace() {
        FaceImages faces = FaceImages.locate(Optional.empty());
        return faces.load(faces.defaultName())
            .orElseThrow(() -> new IllegalStateException("no face image for the sample photo: " + faces.origin()));
    }
}
