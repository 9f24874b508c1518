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
}
