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
            Path again = second.resolve("happy-path-ja").resolve(shot.getFileName());
            if (!java.util.Arrays.equals(Files.readAllBytes(again), Files.readAllBytes(shot))) {
                Path keep = Path.of("target", "storyboard-differences");
                Files.createDirectories(keep);
                Files.copy(shot, keep.resolve("first-" + shot.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Files.copy(again, keep.resolve("second-" + shot.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                throw new AssertionError(shot.getFileName() + " differs " + differingArea(shot, again) + "; both kept in " + keep.toAbsolutePath());
            }
        }
    }

    /** The smallest rectangle holding every pixel that differs, to point the reader at the part that moved. */
    private static String differingArea(Path a, Path b) throws java.io.IOException {
        java.awt.image.BufferedImage x = javax.imageio.ImageIO.read(a.toFile());
        java.awt.image.BufferedImage y = javax.imageio.ImageIO.read(b.toFile());
        if (x.getWidth() != y.getWidth() || x.getHeight() != y.getHeight()) {
            return "in size";
        }
        int left = Integer.MAX_VALUE, top = Integer.MAX_VALUE, right = -1, bottom = -1;
        for (int row = 0; row < x.getHeight(); row++) {
            for (int col = 0; col < x.getWidth(); col++) {
                if (x.getRGB(col, row) != y.getRGB(col, row)) {
                    left = Math.min(left, col);
                    right = Math.max(right, col);
                    top = Math.min(top, row);
                    bottom = Math.max(bottom, row);
                }
            }
        }
        return right < 0 ? "in its encoding only" : "at x " + left + "-" + right + ", y " + top + "-" + bottom;
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
