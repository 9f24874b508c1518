package jp.madoguchi.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.madoguchi.kiosk.testing.SystemPart;
import jp.madoguchi.kiosk.vision.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ./kiosk photo-check --json}: one object per file and line, errors named, nothing crashes. */
class PhotoCheckCommandTest {
    @TempDir
    Path dir;

    @Test
    void hostileFilesGetAReasonAndExit2WithoutAStackTrace() throws Exception {
        SystemPart.require(ModelFiles.blazeFace().isPresent(), "the BlazeFace model (models/fetch)", SystemPart.FETCH_MODELS);
        byte[] photo = jp.madoguchi.kiosk.images.HostileImages.jpeg(600, 800);
        Path bomb = Files.write(dir.resolve("bomb.png"), jp.madoguchi.kiosk.images.HostileImages.whitePng(10000, 8000));
        Path cut = Files.write(dir.resolve("cut.jpg"), java.util.Arrays.copyOf(photo, photo.length / 2));
        Path progressive = Files.write(dir.resolve("progressive.jpg"),
            jp.madoguchi.kiosk.images.HostileImages.progressiveJpeg(600, 800));
        Path grey = Files.write(dir.resolve("grey.jpg"), jp.madoguchi.kiosk.images.HostileImages.greyJpeg(600, 800));

        StringWriter printed = new StringWriter();
        StringWriter errors = new StringWriter();
        CommandLine cli = new CommandLine(new KioskCommand());
        cli.setOut(new PrintWriter(printed));
        cli.setErr(new PrintWriter(errors));
        int exit = cli.execute("photo-check", "--json", "--as-is", bomb.toString(), cut.toString(), progressive.toString(),
            grey.toString());

        assertThat(exit).isEqualTo(PhotoCheckCommand.UNREADABLE);
        assertThat(errors.toString()).isEmpty();
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = printed.toString().lines().map(l -> {
            try {
                return json.readTree(l);
            } catch (Exception e) {
                throw new AssertionError(l, e);
            }
        }).toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).get("error").asText()).isEqualTo("image_too_large");
        assertThat(lines.get(0).get("message").asText()).contains("10000 x 8000 pixels");
        assertThat(lines.get(1).get("error").asText()).isEqualTo("truncated_image");
        assertThat(lines.get(1).get("verdict").isNull()).as("never judged").isTrue();
        assertThat(lines.get(2).get("reasons").toString()).contains("not_baseline");
        assertThat(lines.get(3).get("reasons").toString()).contains("not_rgb");
    }

    @Test
    void printsOneJsonObjectPerFileAndCarriesOnPastBadFiles() throws Exception {
        SystemPart.require(ModelFiles.installed(), "the face models (models/fetch)", SystemPart.FETCH_MODELS);
        Path good = Path.of(System.getProperty("madoguchi.home", ".")).resolve("../shared/photos/dev/london_009_03.jpg")
            .normalize();
        SystemPart.require(Files.isReadable(good), "the developer photo set (../shared/photos/dev)",
            SystemPart.SHARED_FOLDER);
        Path empty = Files.write(dir.resolve("empty.jpg"), new byte[0]);
        Path text = Files.writeString(dir.resolve("notes.jpg"), "not a photo");
        Path crops = dir.resolve("crops");

        StringWriter printed = new StringWriter();
        CommandLine cli = new CommandLine(new KioskCommand());
        cli.setOut(new PrintWriter(printed));
        int exit = cli.execute("photo-check", "--json", "--crop-out", crops.toString(), empty.toString(), good.toString(),
            text.toString());

        assertThat(exit).as("some files could not be read").isEqualTo(PhotoCheckCommand.UNREADABLE);
        List<String> lines = printed.toString().lines().toList();
        assertThat(lines).hasSize(3);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("error").asText()).contains("empty");
        JsonNode ok = json.readTree(lines.get(1));
        assertThat(ok.get("file").asText()).isEqualTo(good.toString());
        assertThat(ok.get("verdict").asText()).isEqualTo("compliant");
        assertThat(ok.get("reasons")).isEmpty();
        assertThat(ok.get("measurements").get("faces").asInt()).isEqualTo(1);
        assertThat(ok.get("crop").get("w").asInt()).isPositive();
        assertThat(ok.get("ms").asDouble()).isPositive();
        JsonNode notImage = json.readTree(lines.get(2));
        assertThat(notImage.get("error").asText()).isEqualTo("unreadable_image");
        assertThat(notImage.get("message").asText()).isEqualTo(text + ": not an image this kiosk can read (JPEG or PNG expected)");
        assertThat(crops.resolve("london_009_03-35x45.jpg")).exists();

        StringWriter missing = new StringWriter();
        CommandLine absent = new CommandLine(new KioskCommand());
        absent.setOut(new PrintWriter(missing));
        assertThat(absent.execute("photo-check", "--json", "me.jpg")).isEqualTo(PhotoCheckCommand.UNREADABLE);
        JsonNode gone = json.readTree(missing.toString().strip());
        assertThat(gone.get("file").asText()).as("the file as typed").isEqualTo("me.jpg");
        assertThat(gone.get("error").asText()).isEqualTo("file_not_found");
        assertThat(gone.get("message").asText()).isEqualTo("me.jpg: not found");

        StringWriter asIs = new StringWriter();
        CommandLine again = new CommandLine(new KioskCommand());
        again.setOut(new PrintWriter(asIs));
        assertThat(again.execute("photo-check", "--json", "--as-is", good.toString())).isZero();
        JsonNode judged = json.readTree(asIs.toString().strip());
        assertThat(judged.get("verdict").asText()).isEqualTo("noncompliant");
        assertThat(judged.get("reasons").toString()).contains("face_too_small");
    }
}
