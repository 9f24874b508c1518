package jp.madoguchi.kiosk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import jp.madoguchi.kiosk.app.KioskConfig;
import jp.madoguchi.kiosk.vision.FaceAnalyser;
import jp.madoguchi.kiosk.vision.PhotoCheck;
import jp.madoguchi.kiosk.vision.PhotoFile;
import jp.madoguchi.kiosk.vision.bench.PhotoVariants;
import jp.madoguchi.kiosk.vision.bench.PoseError;
import jp.madoguchi.rules.photo.PhotoJudge;
import jp.madoguchi.rules.photo.PhotoReason;
import jp.madoguchi.rules.photo.PhotoSpec;
import jp.madoguchi.kiosk.files.UserFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./kiosk photo-accuracy [--labels CSV] [--out MD] [--seed N] [--measurements JSONL]}: runs
 * the photo check (kiosk mode, as {@code photo-check} without {@code --as-is}) on every labelled
 * photo, and on variants of the compliant ones with a problem drawn on (caps, masks, sunglasses,
 * ...: {@link PhotoVariants}, made in memory from the seed, never written), and writes both
 * scores apart to {@code docs/PHOTO-ACCURACY.md}. The labelled photos are read in place.
 */
@Command(name = "photo-accuracy", mixinStandardHelpOptions = true,
    description = "Score the photo check against a labelled photo set and its generated variants; write the report.")
public final class PhotoAccuracyCommand implements Callable<Integer> {
    static final String METHOD = "Bars (issue 15): on the developer set at least 98 % agreement with no false accept and "
        + "the right reason told first for at least 95 % of refusals; hidden sets of other people, plain and with such "
        + "problems, at least 97 %, at most 1 % false accepts, right reason 95 %. A false accept is a noncompliant or "
        + "no-face photo judged compliant; a refusal's reason is right when the first reason (the one the resident is "
        + "told) is among its labels.\n\n"
        + "Method: one set of thresholds for every photo (`rules/src/main/resources/jp/madoguchi/rules/data/photo.json`; "
        + "the calibrated ones say which values they sit between), no per-file rules. People are split in two halves by "
        + "a hash of their `person_id`; the thresholds added or moved for issue 15 were chosen looking at the first half "
        + "only (real photos and their variants) and the second half is reported apart as held out. `greyscale_ok` is "
        + "informational and not scored. `low_resolution` is not in the labels' vocabulary: told first, it counts as "
        + "right where the label is `face_too_small` (the labels' name for a face too small to crop at full resolution; "
        + "the resident is told the same, \"Please come closer\").\n\n"
        + "Variants: each compliant photo with one problem drawn on, labelled by construction (`PhotoVariants`, made in "
        + "memory, never written; `--save-variants DIR` writes them to look at), placed from the detector's keypoints "
        + "(not the mesh the check uses): cap, knitted hat (ribbed or woven), headscarf, hood -> head_covering; mask "
        + "(pleated, plain, folded), scarf over mouth and chin, hand (palm and four fingers in a colour near the face's "
        + "own) -> face_covered; sunglasses (round, wayfarer, aviator, wrap; grey, brown, green, blue and silver tints "
        + "12-75 % light, with reflections) -> eyes_covered; irises moved aside -> not_frontal_gaze; turned 12-20 "
        + "degrees -> head_tilted; lens out of focus (Gaussian blur of 5-9 % of the eye distance) -> blurry; a lamp on "
        + "one side (55-85 % darker, on the head from the crown down) -> shadow_on_face; 22-38 % of the light with sensor noise -> too_dark; turned under "
        + "3 degrees -> still compliant. Coverings take a colour tone at random: vivid, neutral (white, greys, black, "
        + "navy, beige, surgical blue), a hair colour or a skin colour (half of them the face's own): the last two are "
        + "the hard cases, counted apart in the per-tone table.";

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(names = "--labels", paramLabel = "CSV", description = "labels.csv beside the photos (default: ../shared/photos/dev/labels.csv).")
    Path labels;

    @Option(names = "--out", paramLabel = "MD", description = "Report to write (default: docs/PHOTO-ACCURACY.md).")
    Path out;

    @Option(names = "--seed", description = "Seed of the generated variants (default ${DEFAULT-VALUE}).")
    long seed = 15;

    @Option(names = "--measurements", paramLabel = "JSONL", description = "Also write every photo's measurements here (for calibration).")
    Path measurements;

    @Option(names = "--save-variants", paramLabel = "DIR",
        description = "Also write the variants here as PNG to look at (a temporary folder: never commit them).")
    Path saveVariants;

    @Override
    public Integer call() throws IOException {
        Path csv = labels != null ? labels : KioskConfig.sharedDevPhotos().resolve("labels.csv");
        Path report = out != null ? out : KioskConfig.home().resolve("docs/PHOTO-ACCURACY.md");
        if (!Files.isReadable(csv)) {
            spec.commandLine().getErr().println("photo-accuracy: cannot read " + csv + " (give one with --labels)");
            return 2;
        }
        List<AccuracyReport.Row> real = new ArrayList<>();
        List<AccuracyReport.Row> variants = new ArrayList<>();
        PhotoVariants maker = new PhotoVariants(seed);
        try (PhotoCheck check = new PhotoCheck(FaceAnalyser.fromInstalledModel(), new PhotoJudge(KioskConfig.photoSpec(config.settings())));
             Dump dump = new Dump(measurements)) {
            for (LabelledPhoto photo : LabelledPhoto.read(csv)) {
                try (PhotoFile.Decoded decoded = PhotoFile.read(csv.resolveSibling(photo.file()))) {
                    PhotoCheck.Result r = check.check(decoded, false);
                    real.add(dump.row(photo, "", r));
                    if (photo.expected().equals("compliant")) {
                        for (PhotoVariants.Variant v : check.mainFace(decoded.bgr())
                            .map(f -> maker.of(photo.file(), decoded.bgr(), f)).orElse(List.of())) {
                            try (v) {
                                if (saveVariants != null) {
                                    v.saveIn(saveVariants);
                                }
                                variants.add(dump.row(label(photo, v), v.detail(), check.check(v.bgr())));
                            }
                        }
                    }
                } catch (PhotoFile.UnreadablePhotoException e) {
                    real.add(new AccuracyReport.Row(photo, "error", List.of(e.getMessage())));
                } catch (UserFileException e) {
                    real.add(new AccuracyReport.Row(photo, "error", List.of(e.getMessage())));
                }
            }
        }
        AccuracyReport result = new AccuracyReport(List.of(new AccuracyReport.Part("Real photos", real),
            new AccuracyReport.Part("Generated variants (seed " + seed + ")", variants)));
        List<PoseError> poses = new ArrayList<>();
        try (FaceAnalyser mesh = FaceAnalyser.fromInstalledModel(); FaceAnalyser keypoints = FaceAnalyser.keypointsOnly()) {
            poses.add(PoseError.run("face mesh + solvePnP (now)", csv, mesh));
            poses.add(PoseError.run("BlazeFace keypoints (issue 4)", csv, keypoints));
        }
        Files.writeString(report, result.markdown(csv, METHOD) + "\n## Head pose error\n\n" + PoseError.table(poses));
        spec.commandLine().getOut().println(result.summary() + "\nwrote " + report);
        return 0;
    }

    /**
     * A variant's label: its problem's reason only (the originals are compliant; their croppable
     * framing labels are no reason in the kiosk's mode).
     */
    private static LabelledPhoto label(LabelledPhoto base, PhotoVariants.Variant v) {
        Set<String> reasons = v.kind().reason == null ? Set.of() : Set.of(v.kind().reason.code());
        return new LabelledPhoto(v.name(), v.kind().reason == null ? "compliant" : "noncompliant", reasons, base.person());
    }

    /** Scores rows, and writes their measurements as JSON lines when asked to. */
    private static final class Dump implements AutoCloseable {
        private static final ObjectMapper JSON = new ObjectMapper();
        private final BufferedWriter out;

        Dump(Path file) throws IOException {
            this.out = file == null ? null : Files.newBufferedWriter(file);
        }

        AccuracyReport.Row row(LabelledPhoto label, String detail, PhotoCheck.Result r) throws IOException {
            AccuracyReport.Row row = new AccuracyReport.Row(label, r.verdict().outcome().code(),
                r.verdict().reasons().stream().map(PhotoReason::code).toList(), detail.isEmpty() ? "" : detail.split(" ")[0]);
            if (out != null) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("file", label.file());
                line.put("half", label.half());
                line.put("expected", label.expected());
                if (!detail.isEmpty()) {
                    line.put("variant", detail);
                }
                line.put("labels", label.reasons());
                line.put("verdict", row.verdict());
                line.put("reasons", row.reasons());
                line.put("measurements", r.measurements().toMap());
                out.write(JSON.writeValueAsString(line));
                out.newLine();
            }
            return row;
        }

        @Override
        public void close() throws IOException {
            if (out != null) {
                out.close();
            }
        }
    }
}
