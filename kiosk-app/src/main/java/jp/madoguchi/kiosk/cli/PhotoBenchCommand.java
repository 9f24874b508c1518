package jp.madoguchi.kiosk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import jp.madoguchi.kiosk.app.LivePreviewBench;
import jp.madoguchi.kiosk.vision.FaceAnalyser;
import jp.madoguchi.kiosk.vision.VisionPhotoInspector;
import jp.madoguchi.kiosk.vision.bench.BenchReport;
import jp.madoguchi.rules.photo.PhotoJudge;
import jp.madoguchi.rules.photo.PhotoSpec;
import jp.madoguchi.kiosk.vision.bench.PhotoBenchmark;
import jp.madoguchi.kiosk.app.KioskConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ./kiosk photo-bench}: the photo analysis speed and native-memory harness. Times the full
 * analysis (BlazeFace + every measure + the verdict) on a 1280x720 and a 640x480 frame, side by
 * side with a Haar-cascade-only face detection in the same run, the warm {@code photo-check} of a
 * typical file, the two detectors' face counts on the labelled set, and the resident-set size
 * before and after analysing many frames. Writes its section of {@code docs/BENCHMARKS.md}.
 */
@Command(name = "photo-bench", mixinStandardHelpOptions = true,
    description = "Benchmark the photo analysis and write its section of docs/BENCHMARKS.md.")
public final class PhotoBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(names = "--runs", description = "Timed runs per measure after warm-up (default ${DEFAULT-VALUE}).")
    int runs = 500;

    @Option(names = "--memory-frames", description = "Frames analysed for the memory check (default ${DEFAULT-VALUE}).")
    int memoryFrames = 10_000;

    @Option(names = "--photo", paramLabel = "FILE", description = "The typical photo (default: ../shared/photos/dev/london_009_03.jpg).")
    Path photo;

    @Option(names = "--out", paramLabel = "MD", description = "Report (default: docs/BENCHMARKS.md; only its photo section is replaced).")
    Path out;

    @Override
    public Integer call() throws Exception {
        PhotoSpec photoSpec = KioskConfig.photoSpec(config.settings());
        Path file = photo != null ? photo : KioskConfig.sharedDevPhotos().resolve("london_009_03.jpg");
        Path report = out != null ? out : KioskConfig.home().resolve("docs/BENCHMARKS.md");
        if (!Files.isReadable(file)) {
            spec.commandLine().getErr().println("photo-bench: cannot read " + file + " (give one with --photo)");
            return 2;
        }
        String markdown = PhotoBenchmark.run(file, runs, memoryFrames);
        try (VisionPhotoInspector inspector = new VisionPhotoInspector(FaceAnalyser.fromInstalledModel(),
                 new PhotoJudge(photoSpec))) {
            LivePreviewBench.Result live = LivePreviewBench.run(inspector, file.getFileName().toString(), 10);
            markdown = markdown.replace(BenchReport.END, String.format("%n### Live preview under analysis%n%n"
                    + "Simulated camera at 30 fps through webcam-capture, the live analysis on its own thread as in the kiosk, "
                    + "%.0f s: **preview %.1f frames/s**, %.1f frames/s analysed, %d frames skipped by the analysis "
                    + "(dropped, never queued).%n", live.seconds(), live.previewFps(), live.analysedFps(), live.dropped())
                + BenchReport.END);
        }
        BenchReport.writeSection(report, markdown);
        spec.commandLine().getOut().println(markdown);
        spec.commandLine().getOut().println("wrote " + report);
        return 0;
    }
}
