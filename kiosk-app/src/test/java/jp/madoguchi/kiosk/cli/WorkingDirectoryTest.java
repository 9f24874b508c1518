package jp.madoguchi.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.qrcode.QRCodeWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import jp.madoguchi.kiosk.app.KioskConfig;
import jp.madoguchi.kiosk.documents.Documents;
import jp.madoguchi.kiosk.testing.SystemPart;
import jp.madoguchi.kiosk.vision.ModelFiles;
import jp.madoguchi.sim.device.FaceImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths a user types are theirs: run from their own folder (a separate JVM whose working
 * directory is that folder, as ./kiosk now leaves it), every command reads and writes there, and
 * JSON echoes the path as typed. Nothing lands in the project.
 */
class WorkingDirectoryTest {
    @TempDir
    Path home;

    record Run(int exit, String out, String err) {
    }

    Run kiosk(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Djava.awt.headless=true", "-Dmadoguchi.home=" + KioskConfig.home(),
            "-cp", System.getProperty("java.class.path"), "jp.madoguchi.kiosk.app.Main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(home.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void adviseReadsTheSituationAndTheConfigFromTheUsersFolder() throws Exception {
        Files.writeString(home.resolve("situation.json"), """
            {"resident_registered": true, "stay": "period_of_stay", "period_of_stay_ends": "2027-03-31",
             "date_of_birth": "1995-04-02", "has_form": true, "form_id_known": true}""");
        Files.writeString(home.resolve("site.properties"), "kiosk.municipality=fukuoka\n");
        Run run = kiosk("advise", "--config", "site.properties", "--today", "2026-11-24", "situation.json");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"recommended_route\":\"C\"");

        Files.writeString(home.resolve("typo.properties"), "kiosk.municipalty=fukuoka\n");
        Run typo = kiosk("advise", "--config", "typo.properties", "situation.json");
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).contains("typo.properties").contains("did you mean kiosk.municipality?");
    }

    @Test
    void printWritesWhereTheUserAsked() throws Exception {
        SystemPart.require(Documents.fontsInstalled(), "the print fonts", Documents.fontPackages());
        Run run = kiosk("print", "checklist", "--sample", "--out", "x.pdf");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(home.resolve("x.pdf")).isRegularFile();
        assertThat(KioskConfig.home().resolve("x.pdf")).doesNotExist();
        assertThat(run.out()).contains("\"file\": \"x.pdf\"");
    }

    @Test
    void photoCheckJudgesTheFileTheUserNamedAndEchoesItAsTyped() throws Exception {
        SystemPart.require(ModelFiles.blazeFace().isPresent(), "the BlazeFace model (models/fetch)", SystemPart.FETCH_MODELS);
        FaceImages faces = FaceImages.locate(Optional.empty());
        SystemPart.require(faces.studioReady(), "the simulated camera's source frames (models/fetch)", SystemPart.FETCH_MODELS);
        ImageIO.write(faces.load("scene:resident").orElseThrow(), "jpg", home.resolve("me.jpg").toFile());
        Run run = kiosk("photo-check", "--json", "me.jpg");
        JsonNode line = new ObjectMapper().readTree(run.out().strip());
        assertThat(line.get("file").asText()).isEqualTo("me.jpg");
        assertThat(line.get("verdict").asText()).as(run.out()).isEqualTo("compliant");
        assertThat(run.exit()).isZero();
    }

    @Test
    void scanImageReadsTheImageTheUserNamed() throws Exception {
        var matrix = new QRCodeWriter().encode("12345678901234567890123", BarcodeFormat.QR_CODE, 400, 400);
        var image = new java.awt.image.BufferedImage(400, 400, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 400; y++) {
            for (int x = 0; x < 400; x++) {
                image.setRGB(x, y, matrix.get(x, y) ? 0 : 0xFFFFFF);
            }
        }
        ImageIO.write(image, "png", home.resolve("form.png").toFile());
        Run run = kiosk("scan-image", "--json", "--warmup-ms", "0", "form.png", "absent.png");
        List<String> lines = run.out().strip().lines().toList();
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(lines.get(0)).get("file").asText()).isEqualTo("form.png");
        assertThat(json.readTree(lines.get(0)).get("form_id").asText()).isEqualTo("12345678901234567890123");
        JsonNode absent = json.readTree(lines.get(1));
        assertThat(absent.get("error").asText()).isEqualTo("file_not_found");
        assertThat(absent.get("message").asText()).isEqualTo("absent.png: not found");
        assertThat(run.exit()).as("a file could not be read at all (exit 2; 1 is for files read without a form ID)").isEqualTo(2);
    }
}
