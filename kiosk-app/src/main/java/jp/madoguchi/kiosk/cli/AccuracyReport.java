package jp.madoguchi.kiosk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Verdict agreement, false accepts/rejects and per-reason recall/precision of a scored photo set. */
final class AccuracyReport {
    record Row(LabelledPhoto label, String verdict, List<String> reasons) {
        boolean agrees() {
            return label.expected().equals(verdict);
        }
    }

    private final List<Row> rows;

    AccuracyReport(List<Row> rows) {
        this.rows = rows;
    }

    long agreeing() {
        return rows.stream().filter(Row::agrees).count();
    }

    /** Noncompliant or no-face photos judged compliant. */
    List<Row> falseAccepts() {
        return rows.stream().filter(r -> !r.label().expected().equals("compliant") && r.verdict().equals("compliant")).toList();
    }

    List<Row> falseRejects() {
        return rows.stream().filter(r -> r.label().expected().equals("compliant") && !r.verdict().equals("compliant")).toList();
    }

    String summary() {
        long bad = rows.stream().filter(r -> !r.label().expected().equals("compliant")).count();
        return String.format("%d photos: agreement %d/%d = %.1f %%; false accepts %d (%.1f %% of all, %.1f %% of the %d "
                + "noncompliant/noface); false rejects %d (%.1f %% of all)", rows.size(), agreeing(), rows.size(),
            pct(agreeing(), rows.size()), falseAccepts().size(), pct(falseAccepts().size(), rows.size()),
            pct(falseAccepts().size(), bad), bad, falseRejects().size(), pct(falseRejects().size(), rows.size()));
    }

    String markdown(Path csv) {
        StringBuilder md = new StringBuilder("# Photo check accuracy\n\n");
        md.append("Reproduce: `./kiosk photo-accuracy` (reads `").append(csv.getFileName())
            .append("` and the photos beside it in place, kiosk mode = `./kiosk photo-check` without `--as-is`).\n\n");
        md.append("**").append(summary()).append("**\n\n");
        md.append("Bar (issue 4): at least 90 % verdict agreement, at most 5 % false accepts (false accept = a "
            + "noncompliant or no-face photo judged compliant).\n\n");
        md.append("Method: one set of thresholds for every photo (`rules/src/main/resources/jp/madoguchi/rules/data/photo.json`; "
            + "the calibrated ones say which dev-set values they sit between), no per-file rules. `greyscale_ok` is "
            + "informational and not scored; `low_resolution` (under 90 px between the eyes, ICAO) is not in the labels' "
            + "vocabulary, so it shows as found but never labelled.\n\n");
        md.append("## Per reason (label vs. check)\n\n| reason | labelled | found | both | recall | precision |\n|---|---|---|---|---|---|\n");
        Map<String, int[]> per = new TreeMap<>();
        for (Row r : rows) {
            for (String code : new TreeSet<>(r.label().reasons())) {
                per.computeIfAbsent(code, k -> new int[3])[0]++;
            }
            for (String code : new TreeSet<>(r.reasons())) {
                int[] c = per.computeIfAbsent(code, k -> new int[3]);
                c[1]++;
                if (r.label().reasons().contains(code)) {
                    c[2]++;
                }
            }
        }
        per.forEach((code, c) -> md.append(String.format("| %s | %d | %d | %d | %s | %s |%n", code, c[0], c[1], c[2],
            c[0] == 0 ? "-" : String.format("%.0f %%", pct(c[2], c[0])),
            c[1] == 0 ? "-" : String.format("%.0f %%", pct(c[2], c[1])))));
        md.append("\nFraming reasons on a `compliant` label are croppable-only by the labelling convention, and the "
            + "kiosk mode does not report framing a crop fixes, so their recall is low by design.\n");
        md.append("\n## Disagreements\n\n| file | expected | labelled reasons | verdict | reasons found |\n|---|---|---|---|---|\n");
        for (Row r : rows) {
            if (!r.agrees()) {
                md.append(String.format("| %s | %s | %s | %s | %s |%n", r.label().file(), r.label().expected(),
                    String.join(", ", r.label().reasons()), r.verdict(), String.join(", ", r.reasons())));
            }
        }
        return md.toString();
    }

    private static double pct(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
