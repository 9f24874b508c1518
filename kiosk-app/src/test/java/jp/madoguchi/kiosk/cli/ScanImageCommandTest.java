package jp.madoguchi.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Arrays;
import javax.imageio.ImageIO;
import jp.madoguchi.kiosk.images.HostileImages;
import jp.madoguchi.kiosk.scan.bench.DeskScenes;
import jp.madoguchi.kiosk.scan.bench.Scene;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `./kiosk scan-image --json`: one object per file and line, with the form ID or a reason code. */
class ScanImageCommandTest {
    @TempDir
    Path dir;

    @Test
    void readsFormsAndNamesWhatWentWrongForTheRest() throws Exception {
        List<Scene> scenes = DeskScenes.generate(11L, 1);
        Scene plain = scenes.get(0);
        Path form = dir.resolve("form.png");
        ImageIO.write(plain.frame(), "png", form.toFile());
        Path desk = dir.resolve("desk.png");
        ImageIO.write(new java.awt.image.BufferedImage(640, 480, java.awt.image.BufferedImage.TYPE_3BYTE_BGR), "png", desk.toFile());
        Path notImage = dir.resolve("notes.png");
        Files.writeString(notImage, "not an image");

        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new KioskCommand());
        cli.setOut(new PrintWriter(out, true));
        int exit = cli.execute("scan-image", "--json", "--warmup-ms", "100", form.toString(), desk.toString(), notImage.toString(),
            dir.resolve("missing.png").toString());

        assertThat(exit).as("some files could not be read at all").isEqualTo(ScanImageCommand.UNREADABLE);
        List<JsonNode> lines = out.toString().lines().map(ScanImageCommandTest::json).toList();
        assertThat(lines).hasSize(4);
        // every generated payload (bare, grouped, or a URL) carries exactly the 23 ID digits
        assertThat(lines.get(0).get("form_id").asText()).isEqualTo(plain.payload().replaceAll("\\D", ""));
        assertThat(lines.get(0).get("error").isNull()).isTrue();
        assertThat(lines.get(0).get("ms").asDouble()).isPositive();
        assertThat(lines.get(1).get("form_id").isNull()).isTrue();
        assertThat(lines.get(1).get("error").asText()).isEqualTo("no_qr_code");
        assertThat(lines.get(2).get("error").asText()).isEqualTo("unreadable_image");
        assertThat(lines.get(3).get("error").asText()).isEqualTo("file_not_found");
        assertThat(lines.get(0).fieldNames()).toIterable().containsExactly("file", "form_id", "error", "ms");
    }

    @Test
    void hostileImagesAreRefusedWithTheirReasonAndTheRestAreStillRead() throws Exception {
        Scene plain = DeskScenes.generate(11L, 1).get(0);
        Path form = dir.resolve("form.png");
        ImageIO.write(plain.frame(), "png", form.toFile());
        byte[] formJpeg = HostileImages.jpeg(plain.frame(), false);
        Path bomb = Files.write(dir.resolve("bomb.png"), HostileImages.whitePng(10000, 8000));
        Path cut = Files.write(dir.resolve("cut.jpg"), Arrays.copyOf(formJpeg, formJpeg.length / 2));
        Path junk = Files.write(dir.resolve("junk.gif"), new byte[] {'G', 'I', 'F', '8', '9', 'a', 0x7F, 0x7F, 0x7F, 0x7F});

        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new KioskCommand());
        cli.setOut(new PrintWriter(out, true));
        int exit = cli.execute("scan-image", "--json", "--warmup-ms", "0", bomb.toString(), cut.toString(), junk.toString(),
            form.toString());

        assertThat(exit).isEqualTo(ScanImageCommand.UNREADABLE);
        List<JsonNode> lines = out.toString().lines().map(ScanImageCommandTest::json).toList();
        assertThat(lines).extracting(l -> l.get("error").asText(null))
            .containsExactly("image_too_large", "truncated_image", "unreadable_image", null);
        assertThat(lines.get(0).get("message").asText()).contains("10000 x 8000 pixels (80 megapixels)");
        assertThat(lines.get(3).get("form_id").asText()).isEqualTo(plain.payload().replaceAll("\\D", ""));
    }

    private static JsonNode json(String line) {
        try {
            return new ObjectMapper().readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
