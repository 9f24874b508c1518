package jp.madoguchi.kiosk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import jp.madoguchi.kiosk.scan.bench.DeskScenes;
import jp.madoguchi.kiosk.scan.bench.ScanBenchmark;
import jp.madoguchi.kiosk.scan.bench.Scene;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./kiosk scan-bench}: our camera QR pipeline against ZXing, BoofCV and OpenCV on the same hard frames. */
@Command(name = "scan-bench", mixinStandardHelpOptions = true,
    description = {"Generate a seeded set of 1280x720 frames of a form on a desk (plain, rotation, perspective,",
        "blur, low contrast, small, JPEG noise, combined) and decode them side by side with plain ZXing, BoofCV,",
        "OpenCV's QRCodeDetector and the kiosk's pipeline: read rate per kind, wrong reads, median and p95 ms."})
public final class ScanBenchCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config;

    @Option(names = "--seed", description = "Seed of the frame generator (default: ${DEFAULT-VALUE}).")
    long seed = 20261124L;

    @Option(names = "--per-kind", description = "Frames per kind (default: ${DEFAULT-VALUE}).")
    int perKind = 25;

    @Option(names = "--warmup", description = "Warm-up rounds over the first 40 frames (default: ${DEFAULT-VALUE}).")
    int warmup = 3;

    @Option(names = "--no-opencv", description = "Leave OpenCV out (it loads a native library).")
    boolean noOpenCv;

    @Option(names = "--save", paramLabel = "DIR", description = "Also write the frames as PNG files (KIND-N.png) and their payloads.")
    Path save;

    @Override
    public Integer call() throws IOException {
        config.settings(); // checked like every command's, though the benchmark reads no key
        long started = System.nanoTime();
        List<Scene> scenes = DeskScenes.generate(seed, perKind);
        System.out.printf("generated %d frames (seed %d) in %.1f s%n", scenes.size(), seed, (System.nanoTime() - started) / 1e9);
        if (save != null) {
            Files.createDirectories(save);
            StringBuilder truth = new StringBuilder();
            for (Scene s : scenes) {
                String name = s.kind() + "-" + s.index() + ".png";
                ImageIO.write(s.frame(), "png", save.resolve(name).toFile());
                truth.append(name).append('\t').append(s.payload()).append('\n');
            }
            Files.writeString(save.resolve("payloads.tsv"), truth);
        }
        new ScanBenchmark(!noOpenCv).run(scenes, warmup, System.out);
        return 0;
    }
}
