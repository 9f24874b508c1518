package jp.madoguchi.kiosk.scenario;

import java.nio.file.Path;
import jp.madoguchi.kiosk.flow.CounterAdvice;
import jp.madoguchi.kiosk.testing.SystemPart;
import jp.madoguchi.kiosk.vision.FaceAnalyser;
import jp.madoguchi.kiosk.vision.ModelFiles;
import jp.madoguchi.kiosk.vision.VisionPhotoInspector;
import jp.madoguchi.rules.RuleBook;
import jp.madoguchi.rules.photo.PhotoJudge;
import jp.madoguchi.rules.photo.PhotoSpec;
import jp.madoguchi.sim.device.FaceImages;

/** What the scenario tests share: one face model and rule book for the whole run, the project's scenarios folder. */
final class ScenarioTesting {
    private static ScenarioRunner runner;
    private static CounterAdvice advice;
    private static VisionPhotoInspector photos;

    private ScenarioTesting() {
    }

    static void requireModels() {
        SystemPart.require(ModelFiles.installed(), "the face models (models/fetch puts them in models/cache/)",
            SystemPart.FETCH_MODELS);
        SystemPart.require(FaceImages.locate(java.util.Optional.empty()).studioReady(),
            "the simulated camera's source frames (models/fetch, npm registry)", SystemPart.FETCH_MODELS);
    }

    static synchronized ScenarioRunner runner() {
        if (runner == null) {
            advice = new CounterAdvice(RuleBook.load(), "shinjuku");
            photos = new VisionPhotoInspector(FaceAnalyser.fromInstalledModel(), new PhotoJudge(PhotoSpec.load()));
            runner = new ScenarioRunner(advice, photos);
        }
        return runner;
    }

    /** A scenario kiosk over the runner's rule book and photo check (for tests that drive one by hand). */
    static ScenarioKiosk kiosk(Scenario.Setup setup) {
        runner();
        return new ScenarioKiosk(setup, 1, advice, photos);
    }

    static Path folder() {
        return Path.of(System.getProperty("madoguchi.home", ".")).resolve("scenarios");
    }
}
