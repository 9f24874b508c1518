package jp.madoguchi.kiosk.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import jp.madoguchi.kiosk.ui.ScreenShots;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: every scenario in the project's scenarios/ folder runs headless in the suite, as
 * {@code ./kiosk scenario run --headless} runs it, and writes its storyboard; a failed expectation
 * fails the test with the step and what differed.
 */
class ScenarioFilesTest {
    @TempDir
    static Path report;

    @BeforeAll
    static void headless() {
        ScenarioTesting.requireModels();
        ScreenShots.useHeadlessPlatform();
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioInTheProjectPasses() throws Exception {
        List<Path> files;
        try (Stream<Path> listed = Files.list(ScenarioTesting.folder())) {
            files = listed.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).as("the scenarios of issue 14").hasSizeGreaterThanOrEqualTo(20);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Scenario scenario = ScenarioParser.read(file, "scenarios/" + file.getFileName());
            ScenarioRunner.Run run = ScenarioTesting.runner().run(scenario, scenario.seed().orElse(1L), (r, k) -> { });
            Path index = Storyboard.write(report.resolve(Storyboard.id(run)), List.of(run));
            assertThat(run.failure()).as("storyboard " + index).isEmpty();
            assertThat(run.passed()).isTrue();
            try (Stream<Path> shots = Files.list(report.resolve(Storyboard.id(run)).resolve(Storyboard.id(run)))) {
                assertThat(shots.count()).as("one PNG per step").isEqualTo(scenario.steps().size());
            }
            assertThat(Files.readString(index.resolveSibling("junit.xml"))).contains("tests=\"1\" failures=\"0\"");
        }));
    }
}
