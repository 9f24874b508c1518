package jp.madoguchi.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `./kiosk shots` writes one 1920x1080 PNG per screen and language, without a display. */
class ShotsCommandTest {
    /** Every resident screen SampleScreens lists (issues 9-13 and 15: 33); staff screens are counted apart. */
    static final int RESIDENT_SCREENS = 33;

    @TempDir
    Path out;

    @Test
    void rendersEveryScreenInEachRequestedLanguage() throws Exception {
        StringWriter printed = new StringWriter();
        CommandLine cli = new CommandLine(new KioskCommand());
        cli.setOut(new PrintWriter(printed));
        int exit = cli.execute("shots", "--out", out.toString(), "--lang", "en", "--lang", "ja");

        assertThat(exit).isZero();
        List<String> files;
        try (Stream<Path> list = Files.list(out)) {
            files = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        // every resident screen per language, and the 12 staff screens in each staff language (en, ja)
        assertThat(files).hasSize(2 * (RESIDENT_SCREENS + 12)).contains("attract-ja.png", "scan-refused-en.png",
            "scan-keypad-ja.png", "idle-warning-ja.png", "review-refused-ja.png", "call-waiting-ja.png",
            "scan-refused-voided-en.png", "staff-sign-in-ja.png", "staff-reissue-done-en.png", "staff-devices-ja.png",
            "birth-date-ja.png", "braille-en.png", "sending-ja.png", "not-saved-en.png", "done-saved-ja.png");
        BufferedImage scan = ImageIO.read(out.resolve("scan-ja.png").toFile());
        assertThat(scan.getWidth()).isEqualTo(1920);
        assertThat(scan.getHeight()).isEqualTo(1080);
        assertThat(Files.size(out.resolve("scan-ja.png"))).isNotEqualTo(Files.size(out.resolve("scan-en.png")));
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        CommandLine cli = new CommandLine(new KioskCommand());
        cli.setErr(new PrintWriter(new StringWriter()));
        assertThat(cli.execute("shots", "--out", out.toString(), "--lang", "xx")).isEqualTo(2);
    }
}
