package jp.madoguchi.kiosk.vision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OpenCV's native library is loaded without leaving a 63 MB copy in the temporary folder for
 * each process (openpnp's loader left one behind for every process that did not exit cleanly).
 */
class OpenCvRuntimeTest {
    @TempDir
    Path tmp;

    @TempDir
    Path cache;

    /** Started in a JVM of its own: loads OpenCV as the kiosk does and prints its version. */
    public static void main(String[] args) {
        OpenCvRuntime.load();
        System.out.println("OpenCV " + org.opencv.core.Core.VERSION);
        Runtime.getRuntime().halt(0); // as kill -9 or a crash would end it: no shutdown hook runs
    }

    @Test
    void aProcessThatDiesLeavesNoCopyOfTheLibraryInTheTemporaryFolder() throws Exception {
        for (int start = 0; start < 2; start++) {
            ProcessBuilder java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), OpenCvRuntimeTest.class.getName());
            java.environment().put("XDG_CACHE_HOME", cache.toString());
            java.redirectErrorStream(true);
            Process p = java.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(out).contains("OpenCV 4.");
        }
        try (var left = Files.list(tmp)) {
            assertThat(left.map(f -> f.getFileName().toString()).toList()).as("left in the temporary folder")
                .noneMatch(name -> name.startsWith("opencv"));
        }
        try (var copies = Files.walk(cache)) {
            List<Path> libraries = copies.filter(f -> f.getFileName().toString().endsWith(".so")).toList();
            assertThat(libraries).as("one cached copy, reused by the second start").hasSize(1);
        }
    }
}
