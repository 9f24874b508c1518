package jp.madoguchi.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import jp.madoguchi.kiosk.app.KioskConfig;
import jp.madoguchi.kiosk.testing.SystemPart;
import jp.madoguchi.kiosk.vision.ModelFiles;
import jp.madoguchi.sim.device.FaceImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox's faults with the kiosk as a separate JVM, as a site meets them: a damaged outbox
 * file is moved aside and reported and the kiosk still serves residents; an outbox that cannot
 * be written sends the resident to staff and nothing is confirmed.
 */
class OutboxFaultsProcessTest {
    @TempDir
    Path home;

    record Run(int exit, String out, String err) {
        JsonNode lastJson() throws IOException {
            List<String> lines = out.strip().lines().toList();
            return new ObjectMapper().readTree(lines.get(lines.size() - 1));
        }
    }

    Run kiosk(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx1g", "-Djava.awt.headless=true", "-Dmadoguchi.home=" + KioskConfig.home(), "-cp",
            System.getProperty("java.class.path"), "jp.madoguchi.kiosk.app.Main"));
        command.addAll(List.of(args));
        command.addAll(List.of("--set", "printer.output=" + home.resolve("printed")));
        Path err = Files.createTempFile(home, "kiosk", ".err"); // a file: the log may outgrow a pipe's buffer
        Process p = new ProcessBuilder(command).directory(home.toFile()).redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), Files.readString(err));
    }

    private static void requireFaces() {
        SystemPart.require(ModelFiles.blazeFace().isPresent(), "the BlazeFace model (models/fetch)", SystemPart.FETCH_MODELS);
        SystemPart.require(FaceImages.locate(Optional.empty()).studioReady(), "the simulated camera's source frames (models/fetch)",
            SystemPart.FETCH_MODELS);
    }

    @Test
    void aDamagedOutboxIsMovedAsideReportedAndTheKioskStillServes() throws Exception {
        requireFaces();
        Path outbox = Files.createDirectories(home.resolve("outbox"));
        Files.writeString(outbox.resolve("outbox.db"), "garbage where the database was ".repeat(100));
        Run soak = kiosk("soak", "--sessions", "1", "--set", "outbox.dir=" + outbox);
        assertThat(soak.exit()).as(soak.err()).isZero();
        assertThat(soak.err()).contains("moved aside");
        JsonNode summary = soak.lastJson();
        assertThat(summary.get("confirmed").asInt()).isEqualTo(1);
        assertThat(summary.get("lost").asInt()).isZero();
        Run status = kiosk("outbox", "status", "--set", "outbox.dir=" + outbox);
        assertThat(status.exit()).isZero();
        assertThat(status.out()).contains("damaged outbox moved aside").contains("outbox.db.corrupt-");
    }

    @Test
    void anOutboxThatCannotBeWrittenConfirmsNothing() throws Exception {
        requireFaces();
        Path file = Files.writeString(home.resolve("a-file-not-a-folder"), "x");
        Run soak = kiosk("soak", "--sessions", "1", "--print-confirmed", "--set", "outbox.dir=" + file.resolve("outbox"));
        JsonNode summary = soak.lastJson();
        assertThat(summary.get("not_saved").asInt()).isEqualTo(1);
        assertThat(summary.get("confirmed").asInt()).isZero();
        assertThat(soak.out().lines().filter(l -> l.matches("[0-9]{23}"))).as("no form ID confirmed").isEmpty();
        assertThat(summary.get("received").asInt()).as("nothing sent").isZero();
    }
}
