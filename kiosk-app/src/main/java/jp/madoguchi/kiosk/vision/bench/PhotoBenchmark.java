package jp.madoguchi.kiosk.vision.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.madoguchi.kiosk.vision.FaceAnalyser;
import jp.madoguchi.kiosk.vision.HaarFaces;
import jp.madoguchi.kiosk.vision.PhotoCheck;
import jp.madoguchi.kiosk.vision.PhotoFile;
import jp.madoguchi.rules.photo.PhotoJudge;
import jp.madoguchi.rules.photo.PhotoSpec;

/** Runs every photo measure of {@code ./kiosk photo-bench} in one process and returns the report. */
public final class PhotoBenchmark {
    private PhotoBenchmark() {
    }

    public static String run(Path photo, int runs, int memoryFrames) throws IOException {
        BenchReport r = new BenchReport(Machine.describe(), Machine.load());
        PhotoJudge judge = new PhotoJudge(PhotoSpec.load());
        try (FaceAnalyser analyser = FaceAnalyser.fromInstalledModel(); HaarFaces haar = HaarFaces.fromInstalledCascade();
             FaceAnalyser issue4 = FaceAnalyser.keypointsOnly();
             PhotoCheck check = new PhotoCheck(FaceAnalyser.fromInstalledModel(), judge);
             PhotoCheck issue4Check = new PhotoCheck(FaceAnalyser.keypointsOnly(), judge);
             BenchFrames frames = BenchFrames.of(photo)) {
            for (BenchFrames.Frame f : frames.all()) {
                r.timing(f.name() + " full analysis + verdict (BlazeFace + face mesh + all measures)",
                    Timing.of(runs, () -> judge.judge(analyser.analyse(f.bgr()).measurements(), false)));
                r.timing(f.name() + " issue-4 pipeline: BlazeFace keypoints + its measures + verdict (peer)",
                    Timing.of(runs, () -> judge.judge(issue4.analyse(f.bgr()).measurements(), false)));
                r.timing(f.name() + " Haar cascade face detection only (baseline)",
                    Timing.of(runs, () -> haar.detect(f.bgr())));
            }
            // the open-eye cascade is skipped on a face whose lids stand wide apart with skin round them; a frame
            // with sunglasses drawn on runs every measure
            BenchFrames.Frame wide = frames.all().get(0);
            try (PhotoVariants.Variant shades = sunglasses(check, wide)) {
                r.timing(wide.name() + " full analysis + verdict, sunglasses drawn on (every measure runs, the eye "
                    + "cascade too)", Timing.of(runs, () -> judge.judge(analyser.analyse(shades.bgr()).measurements(), false)));
            }
            r.timing("photo-check of " + photo.getFileName() + " (read, decode, analyse, judge; warm)",
                Timing.of(Math.min(runs, 200), () -> checkFile(check, photo)));
            r.timing("photo-check of " + photo.getFileName() + ", issue-4 pipeline (peer)",
                Timing.of(Math.min(runs, 200), () -> checkFile(issue4Check, photo)));
            Path labels = photo.resolveSibling("labels.csv");
            List<Path> all = labelledPhotos(labels);
            if (!all.isEmpty()) {
                int[] next = {0, 0};
                r.timing("photo-check of each of the " + all.size() + " labelled photos in turn (warm)",
                    Timing.of(3 * all.size(), () -> checkFile(check, all.get(next[0]++ % all.size()))));
                r.timing("photo-check of each labelled photo in turn, issue-4 pipeline (peer)",
                    Timing.of(3 * all.size(), () -> checkFile(issue4Check, all.get(next[1]++ % all.size()))));
            }
            if (Files.isReadable(labels)) {
                r.detectors(DetectorComparison.run(labels, analyser, haar));
            }
            r.memory(MemoryCheck.run(memoryFrames, analyser, frames.all().get(0).bgr()));
        }
        r.finish(Machine.load());
        return r.markdown();
    }

    private static PhotoVariants.Variant sunglasses(PhotoCheck check, BenchFrames.Frame frame) {
        List<PhotoVariants.Variant> made = new PhotoVariants(15).of(frame.name(), frame.bgr(),
            check.mainFace(frame.bgr()).orElseThrow(() -> new IllegalStateException("no face on the bench frame")));
        PhotoVariants.Variant keep = null;
        for (PhotoVariants.Variant v : made) {
            if (v.kind() == PhotoVariants.Kind.SUNGLASSES) {
                keep = v;
            } else {
                v.close();
            }
        }
        return keep;
    }

    /** The photos a labels.csv lists, beside it; none when there is no such file. */
    private static List<Path> labelledPhotos(Path labels) throws IOException {
        if (!Files.isReadable(labels)) {
            return List.of();
        }
        return Files.readAllLines(labels).stream().skip(1).filter(l -> !l.isBlank())
            .map(l -> labels.resolveSibling(l.substring(0, l.indexOf(',')))).filter(Files::isReadable).toList();
    }

    private static void checkFile(PhotoCheck check, Path file) {
        try {
            PhotoFile.Decoded d = PhotoFile.read(file);
            try {
                check.check(d, false);
            } finally {
                d.bgr().release();
            }
        } catch (jp.madoguchi.kiosk.files.UserFileException | PhotoFile.UnreadablePhotoException e) {
            throw new IllegalStateException(e);
        }
    }
}
