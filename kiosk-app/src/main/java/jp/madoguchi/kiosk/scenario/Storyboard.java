package jp.madoguchi.kiosk.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import jp.madoguchi.devices.api.DeviceKind;
import jp.madoguchi.kiosk.ui.ScreenShots;

/**
 * A run written down for people and for CI: one PNG per step ({@code <scenario>/NN-<screen>.png}),
 * {@code index.html} with every step, its screenshot, the buttons on screen and each expectation met
 * or failed (with what the kiosk showed instead), and {@code junit.xml} with one test case per
 * scenario. Needs JavaFX started (headless: {@link ScreenShots#useHeadlessPlatform()}).
 */
public final class Storyboard {
    private static final int WIDTH = 1920;
    private static final int HEIGHT = 1080;

    private Storyboard() {
    }

    /** Writes the storyboard of {@code runs} into {@code dir}; returns the HTML page. */
    public static Path write(Path dir, List<ScenarioRunner.Run> runs) throws Exception {
        Files.createDirectories(dir);
        StringBuilder html = new StringBuilder("<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>Scenario storyboard</title>"
            + "<style>body{font-family:sans-serif;margin:2em}img{width:640px;border:1px solid #888}"
            + ".met{color:#060}.failed{color:#b00;font-weight:bold}table{border-collapse:collapse}"
            + "td{vertical-align:top;padding:6px;border-bottom:1px solid #ddd}code{background:#f4f4f4}</style></head><body>\n");
        html.append("<h1>Scenario storyboard</h1>\n<ul>\n");
        for (ScenarioRunner.Run run : runs) {
            html.append("<li><a href=\"#").append(id(run)).append("\">").append(esc(run.scenario().name())).append("</a> ")
                .append(run.passed() ? "<span class=met>passed</span>" : "<span class=failed>FAILED</span>").append("</li>\n");
        }
        html.append("</ul>\n");
        for (ScenarioRunner.Run run : runs) {
            scenario(dir, run, html);
        }
        html.append("</body></html>\n");
        Path index = dir.resolve("index.html");
        Files.writeString(index, html, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("junit.xml"), junit(runs), StandardCharsets.UTF_8);
        return index;
    }

    private static void scenario(Path dir, ScenarioRunner.Run run, StringBuilder html) throws Exception {
        Path shots = dir.resolve(id(run));
        Files.createDirectories(shots);
        html.append("<h2 id=\"").append(id(run)).append("\">").append(esc(run.scenario().name())).append("</h2>\n<p>")
            .append(esc(run.scenario().description())).append("</p>\n<p><code>").append(esc(run.scenario().file()))
            .append("</code>, seed ").append(run.seed()).append(", ").append(run.simulated().toSeconds())
            .append(" s of kiosk time. ").append(run.passed() ? "<span class=met>passed</span>"
                : "<span class=failed>FAILED: " + esc(run.failure().orElse("steps missing")) + "</span>").append("</p>\n<table>\n");
        EnumSet<DeviceKind> simulated = EnumSet.allOf(DeviceKind.class);
        for (ScenarioRunner.StepRecord r : run.steps()) {
            String file = String.format("%02d-%s.png", r.number(), ScenarioRunner.screenName(r.after()).replace('_', '-'));
            ImageIO.write(ScreenShots.render(r.after(), r.liveFrame().orElse(null), simulated, WIDTH, HEIGHT), "png",
                shots.resolve(file).toFile());
            html.append("<tr><td><b>").append(r.number()).append(".</b> ").append(esc(r.step().text()))
                .append("<br><small>line ").append(r.step().line()).append(" &middot; screen <code>")
                .append(ScenarioRunner.screenName(r.after())).append("</code></small>");
            r.problem().ifPresent(p -> html.append("<p class=failed>").append(esc(p)).append("</p>"));
            if (!r.results().isEmpty()) {
                html.append("<ul>");
                for (Expectations.Result e : r.results()) {
                    html.append("<li class=").append(e.met() ? "met>&#10003; " : "failed>&#10007; ").append(esc(e.check().describe()));
                    if (!e.met()) {
                        html.append(" &mdash; was: ").append(esc(e.actual()));
                    }
                    html.append("</li>");
                }
                html.append("</ul>");
            }
            html.append("<p><small>buttons: <code>").append(esc(String.join(", ", r.buttons()))).append("</code></small></p>")
                .append("<details><summary><small>device calls</small></summary><small>")
                .append(esc(String.join("\n", r.devices())).replace("\n", "<br>")).append("</small></details></td>")
                .append("<td><a href=\"").append(id(run)).append('/').append(file).append("\"><img src=\"").append(id(run))
                .append('/').append(file).append("\" alt=\"step ").append(r.number()).append("\"></a></td></tr>\n");
        }
        html.append("</table>\n");
    }

    static String junit(List<ScenarioRunner.Run> runs) {
        long failures = runs.stream().filter(r -> !r.passed()).count();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"scenarios\" tests=\"")
            .append(runs.size()).append("\" failures=\"").append(failures).append("\">\n");
        for (ScenarioRunner.Run run : runs) {
            xml.append("  <testcase classname=\"scenario\" name=\"").append(esc(run.scenario().name())).append("\" file=\"")
                .append(esc(run.scenario().file())).append("\" time=\"").append(String.format(Locale.ROOT, "%.3f", run.wallSeconds()))
                .append("\"");
            if (run.passed()) {
                xml.append("/>\n");
            } else {
                String failure = run.failure().orElse("steps missing");
                xml.append(">\n    <failure message=\"").append(esc(failure)).append("\">").append(esc(failure))
                    .append("</failure>\n  </testcase>\n");
            }
        }
        return xml.append("</testsuite>\n").toString();
    }

    /** The scenario's folder in the report: its file's name without the extension. */
    static String id(ScenarioRunner.Run run) {
        String name = Path.of(run.scenario().file()).getFileName().toString();
        return name.replaceFirst("\\.ya?ml$", "").replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
