package jp.madoguchi.kiosk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import jp.madoguchi.kiosk.vision.FaceAnalyser;
import jp.madoguchi.kiosk.vision.PhotoCheck;
import jp.madoguchi.kiosk.vision.PhotoFile;
import jp.madoguchi.rules.photo.PhotoJudge;
import jp.madoguchi.rules.photo.PhotoReason;
import jp.madoguchi.rules.photo.PhotoSpec;
import jp.madoguchi.kiosk.app.KioskConfig;
import jp.madoguchi.kiosk.files.UserFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ./kiosk photo-accuracy [--labels CSV] [--out MD]}: runs the photo check (kiosk mode, as
 * {@code photo-check} without {@code --as-is}) on every labelled photo and writes the agreement
 * with the labels to {@code docs/PHOTO-ACCURACY.md}. The labelled photos are read in place.
 */
@Command(name = "photo-accuracy", mixinStandardHelpOptions = true,
    description = "Score the photo check against a labelled photo set and write the report.")
public final class PhotoAccuracyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(names = "--labels", paramLabel = "CSV", description = "labels.csv beside the photos (default: ../shared/photos/dev/labels.csv).")
    Path labels;

    @Option(names = "--out", paramLabel = "MD", description = "Report to write (default: docs/PHOTO-ACCURACY.md).")
    Path out;

    @Override
    public Integer call() throws IOException {
        Path csv = labels != null ? labels : KioskConfig.sharedDevPhotos().resolve("labels.csv");
        Path report = out != null ? out : KioskConfig.home().resolve("docs/PHOTO-ACCURACY.md");
        List<AccuracyReport.Row> rows = new ArrayList<>();
        PhotoSpec photoSpec = KioskConfig.photoSpec(config.settings());
        try (PhotoCheck check = new PhotoCheck(FaceAnalyser.fromInstalledModel(), new PhotoJudge(photoSpec))) {
            for (LabelledPhoto photo : LabelledPhoto.read(csv)) {
                Path file = csv.resolveSibling(photo.file());
                try {
                    try (PhotoFile.Decoded decoded = PhotoFile.read(file)) {
                        PhotoCheck.Result r = check.check(decoded, false);
                        rows.add(new AccuracyReport.Row(photo, r.verdict().outcome().code(),
                            r.verdict().reasons().stream().map(PhotoReason::code).toList()));
                    }
                } catch (PhotoFile.UnreadablePhotoException e) {
                    rows.add(new AccuracyReport.Row(photo, "error", List.of(e.getMessage())));
                } catch (UserFileException e) {
                    rows.add(new AccuracyReport.Row(photo, "error", List.of(e.getMessage())));
                }
            }
        }
        AccuracyReport result = new AccuracyReport(rows);
        Files.writeString(report, result.markdown(csv));
        spec.commandLine().getOut().println(result.summary() + "\nwrote " + report);
        return 0;
    }
}
