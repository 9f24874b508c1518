package jp.madoguchi.sim.device;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jp.madoguchi.sim.scene.Scene;
import jp.madoguchi.sim.scene.SceneStudio;

/**
 * The studio's source frames come from the npm registry (models/fetch, which the build runs).
 * Without npm a test that films them skips with the reason; with CI=true it fails instead.
 */
final class StudioSources {
    private StudioSources() {
    }

    static void require() {
        if (SceneStudio.open(SceneStudio.defaultFolder()).canFilm(Scene.RESIDENT.setup())) {
            return;
        }
        String reason = "the simulated camera's source frames (models/fetch, from the npm registry) are missing in "
            + SceneStudio.defaultFolder() + ": install npm (`sudo apt-get install -y npm`) and run models/fetch";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true and " + reason);
        }
        System.err.println("SKIPPED: " + reason);
        assumeTrue(false, reason);
    }
}
