package jp.madoguchi.kiosk.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import jp.madoguchi.kiosk.ui.ScreenShots;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, point 5: the same scenario and seed give the same storyboard, byte for byte, on one machine. */
class ScenarioDeterminismTest {
    @TempDir
    Path folder;

    @BeforeAll
    static void headless() {
        ScenarioTesting.requireModels();
        ScreenShots.useHeadlessPlatform();
    }

    @Test
    void twoRunsOfOneScenarioAndSeedWriteTheSameScreenshots() throws Exception {
        // a visit with a receipt, a refused photo and a live view: the parts most likely to differ between runs
        Scenario scenario = ScenarioParser.read(ScenarioTesting.folder().resolve("happy-path-ja.yaml"), "happy-path-ja.yaml");
        Path first = folder.resolve("first");
        Path second = folder.resolve("second");
        Storyboard.write(first, List.of(ScenarioTesting.runner().run(scenario, 42, (r, k) -> { })));
        Storyboard.write(second, List.of(ScenarioTesting.runner().run(scenario, 42, (r, k) -> { })));
        List<Path> shots;
        try (Stream<Path> files = Files.list(first.resolve("happy-path-ja"))) {
            shots = files.sorted().toList();
        }
        assertThat(shots).hasSize(scenario.steps().size());
        for (Path shot : shots) {
            assertThat(Files.readAllBytes(second.resolve("happy-path-ja").resolve(shot.getFileName())))
                .as(shot.getFileName().toString()).isEqualTo(Files.readAllBytes(shot));
        }
    }

    @Test
    void theStoryboardKeepsTheRefusedPhotoAfterTheSessionWipedIt() {
        Scenario scenario = ScenarioParser.read(ScenarioTesting.folder().resolve("happy-path-ja.yaml"), "happy-path-ja.yaml");
        ScenarioRunner.Run run = ScenarioTesting.runner().run(scenario, 42, (r, k) -> { });
        java.awt.image.BufferedImage refused = run.steps().stream()
            .flatMap(r -> r.after().photoCoaching().refusedPhoto().stream()).findFirst().orElseThrow();
        // the session ended (and wiped its photo buffers) before the storyboard is drawn: the step's copy must still show the face
        long lit = 0;
        for (int y = 0; y < refused.getHeight(); y += 8) {
            for (int x = 0; x < refused.getWidth(); x += 8) {
                lit += (refused.getRGB(x, y) & 0xFFFFFF) != 0 ? 1 : 0;
            }
        }
        assertThat(lit).as("pixels of the refused photo that are not black").isGreaterThan(1000);
    }
}
