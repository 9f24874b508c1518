package jp.madoguchi.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.madoguchi.kiosk.testing.SystemPart;
import jp.madoguchi.kiosk.vision.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code ./kiosk photo-accuracy} on the developer set: the bars of issue 15 on the real photos (at
 * least 98 % agreement, no false accept, a right reason told first for 95 % of refusals), the generated
 * variants scored apart, and the report with
 * its per-reason tables and the pose error.
 */
class PhotoAccuracyCommandTest {
    static final Pattern SUMMARY = Pattern.compile("(.+?): (\\d+) photos: agreement (\\d+)/\\d+ = ([\\d.]+) %; false accepts "
        + "(\\d+) .*?; false rejects (\\d+) .*?right reason told first (\\d+)/(\\d+)");

    @TempDir
    Path dir;

    @Test
    void theDevSetMeetsTheBarAndTheVariantsAreScoredApart() throws Exception {
        SystemPart.require(ModelFiles.installed(), "the face models (models/fetch)", SystemPart.FETCH_MODELS);
        Path labels = Path.of(System.getProperty("madoguchi.home", ".")).resolve("../shared/photos/dev/labels.csv").normalize();
        SystemPart.require(Files.isReadable(labels), "the developer photo set (../shared/photos/dev)",
            SystemPart.SHARED_FOLDER);
        Path report = dir.resolve("PHOTO-ACCURACY.md");
        StringWriter printed = new StringWriter();
        CommandLine cli = new CommandLine(new KioskCommand());
        cli.setOut(new PrintWriter(printed));

        assertThat(cli.execute("photo-accuracy", "--labels", labels.toString(), "--out", report.toString())).isZero();

        Matcher m = SUMMARY.matcher(printed.toString());
        assertThat(m.find()).as(printed.toString()).isTrue();
        assertThat(m.group(1)).isEqualTo("Real photos");
        assertThat(Double.parseDouble(m.group(4))).as("agreement on the real photos").isGreaterThanOrEqualTo(98.0);
        assertThat(m.group(5)).as("false accepts on the real photos").isEqualTo("0");
        assertThat(Integer.parseInt(m.group(7))).as("right reason first on the real photos").isGreaterThanOrEqualTo(
            (int) Math.ceil(Integer.parseInt(m.group(8)) * 0.95));
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).startsWith("Generated variants");
        int variants = Integer.parseInt(m.group(2));
        assertThat(variants).isGreaterThan(300);
        assertThat(Integer.parseInt(m.group(6))).as("false rejects among the variants").isLessThanOrEqualTo(variants / 100);
        // the variants fall short of the hidden sets' bars (1 % false accepts, 95 % right reason): head coverings
        // in hair and skin colours, reported per tone in PHOTO-ACCURACY.md. These guard what is reached.
        assertThat(Integer.parseInt(m.group(5))).as("false accepts among the variants").isLessThanOrEqualTo(variants / 10);
        assertThat(Integer.parseInt(m.group(7))).as("right reason first among the variants").isGreaterThanOrEqualTo(
            Integer.parseInt(m.group(8)) * 85 / 100);

        String md = Files.readString(report);
        assertThat(md).contains("## Real photos: per reason", "## Generated variants (seed 15): per reason",
            "| head_covering |", "| face_covered |", "| eyes_covered |", "| not_frontal_gaze |", "held-out people:",
            "## Head pose error", "face mesh + solvePnP");
    }
}
