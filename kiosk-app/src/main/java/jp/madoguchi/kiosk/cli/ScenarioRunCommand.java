package jp.madoguchi.kiosk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import jp.madoguchi.devices.spi.Settings;
import jp.madoguchi.kiosk.app.KioskConfig;
import jp.madoguchi.kiosk.scenario.Scenario;
import jp.madoguchi.kiosk.scenario.ScenarioException;
import jp.madoguchi.kiosk.scenario.ScenarioParser;
import jp.madoguchi.kiosk.scenario.ScenarioRunner;
import jp.madoguchi.kiosk.scenario.ScenarioWindow;
import jp.madoguchi.kiosk.scenario.Storyboard;
import jp.madoguchi.kiosk.ui.ScreenShots;
import jp.madoguchi.kiosk.vision.FaceAnalyser;
import jp.madoguchi.kiosk.vision.ModelFiles;
import jp.madoguchi.kiosk.vision.VisionPhotoInspector;
import jp.madoguchi.rules.photo.PhotoJudge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./kiosk scenario run FILE... [--headless] [--report DIR] [--seed S]}. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Play scenario files on a simulated kiosk (the real flow, outbox, gateway client and sheets; a clock "
        + "that moves only as the scenario says) and write a storyboard: a PNG per step, index.html and junit.xml.",
        "Exit 0 when every expectation was met, 1 when one failed (naming the step and what differed), "
        + "2 for a scenario file that cannot be read as written."})
public final class ScenarioRunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (YAML, see docs/SCENARIOS.md).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--headless", description = "Render without a display (Monocle) instead of showing each step in a window.")
    boolean headless;

    @Option(names = "--report", paramLabel = "DIR", defaultValue = "scenario-report",
        description = "Folder for the storyboard (default: scenario-report).")
    Path report;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the simulated world (register form IDs, gateway fault dice); "
        + "default: the file's seed:, else 1.")
    Long seed;

    /** {@code ./kiosk sim --scenario FILE}: the scenario in a window, step by step, with the simulator panel for its devices. */
    static int play(CommandSpec spec, Settings settings, Path file) throws Exception {
        ScenarioRunCommand run = new ScenarioRunCommand();
        run.spec = spec;
        run.files = List.of(file);
        run.withPanel = true;
        run.report = Path.of("scenario-report"); // the option's default: picocli fills it only for `scenario run`
        return run.execute(settings);
    }

    /** Opens the simulator's panel beside the window, for the scenario kiosk's devices (sim --scenario). */
    boolean withPanel;

    @Override
    public Integer call() throws Exception {
        return execute(config.settings());
    }

    private int execute(Settings settings) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Scenario> scenarios = new ArrayList<>();
        for (Path file : files) {
            try {
                scenarios.add(ScenarioParser.read(file, file.toString()));
            } catch (ScenarioException e) {
                err.println("kiosk: bad scenario: " + e.getMessage());
                err.flush();
                return 2;
            }
        }
        if (ModelFiles.blazeFace().isEmpty()) {
            err.println("kiosk: the face model is missing (run models/fetch); the photo step cannot run without it");
            err.flush();
            return 3;
        }
        if (headless) {
            ScreenShots.useHeadlessPlatform();
        }
        ScenarioWindow window;
        try {
            window = headless ? null : ScenarioWindow.open(withPanel);
        } catch (IllegalStateException noDisplay) {
            err.println("kiosk: " + noDisplay.getMessage());
            err.flush();
            return 2;
        }
        List<ScenarioRunner.Run> runs = new ArrayList<>();
        try (VisionPhotoInspector photos = new VisionPhotoInspector(FaceAnalyser.fromInstalledModel(),
            new PhotoJudge(KioskConfig.photoSpec(settings)))) {
            ScenarioRunner runner = new ScenarioRunner(KioskConfig.counterAdvice(settings), photos);
            for (Scenario scenario : scenarios) {
                long s = seed != null ? seed : scenario.seed().orElse(1L);
                ScenarioRunner.Run run = runner.run(scenario, s, window == null ? (r, k) -> { } : window);
                runs.add(run);
                out.println((run.passed() ? "passed  " : "FAILED  ") + scenario.file() + "  (" + run.steps().size() + " steps, "
                    + run.simulated().toSeconds() + " s kiosk time, " + String.format("%.1f", run.wallSeconds()) + " s)");
                run.failure().ifPresent(f -> out.println("        " + f));
                out.flush();
            }
        }
        Path index = Storyboard.write(report, runs);
        out.println("storyboard: " + index);
        out.flush();
        if (window != null) {
            window.awaitClosedIfPanel();
            window.close();
        }
        javafx.application.Platform.exit();
        return runs.stream().allMatch(ScenarioRunner.Run::passed) ? 0 : 1;
    }
}
