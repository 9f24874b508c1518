package jp.madoguchi.kiosk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The photo check scored against labels: verdict agreement, false accepts and rejects, whether a
 * refusal named a right reason first (what the resident is told), per-reason recall and precision
 * and a per-reason confusion table, for the real photos and the generated variants apart, each
 * also split into the half of the people thresholds were chosen on and the held-out half.
 */
final class AccuracyReport {
    static final String ACCEPTED = "(accepted)";
    static final String LOW_RESOLUTION = "low_resolution";
    static final String FACE_TOO_SMALL = "face_too_small";

    /** One scored photo; {@code tone} is a generated variant's covering tone (empty for the rest). */
    record Row(LabelledPhoto label, String verdict, List<String> reasons, String tone) {
        Row(LabelledPhoto label, String verdict, List<String> reasons) {
            this(label, verdict, reasons, "");
        }

        boolean agrees() {
            return label.expected().equals(verdict);
        }

        boolean labelledBad() {
            return !label.expected().equals("compliant");
        }

        boolean falseAccept() {
            return labelledBad() && verdict.equals("compliant");
        }

        boolean falseReject() {
            return !labelledBad() && !verdict.equals("compliant");
        }

        /** A labelled problem photo the check refused. */
        boolean refusal() {
            return labelledBad() && !verdict.equals("compliant") && !reasons.isEmpty();
        }

        /**
         * What the resident is told first: a labelled reason. The kiosk's {@code low_resolution} (a
         * face with too few pixels between the eyes) is what the labels call {@code face_too_small}
         * ("croppable at reduced resolution"), and the resident is told the same: "Please come closer".
         */
        boolean rightReason() {
            if (!refusal()) {
                return false;
            }
            String first = reasons.get(0);
            return label.reasons().contains(first) || first.equals(LOW_RESOLUTION) && label.reasons().contains(FACE_TOO_SMALL);
        }

        String toldFirst() {
            return reasons.isEmpty() ? ACCEPTED : reasons.get(0);
        }
    }

    /** A scored set of photos with its title. */
    record Part(String title, List<Row> rows) {
    }

    private static List<Row> half(Part p, int half) {
        return p.rows().stream().filter(r -> r.label().half() == half).toList();
    }

    private final List<Part> parts;

    AccuracyReport(List<Part> parts) {
        this.parts = parts;
    }

    static String summary(Part p) {
        return p.title() + ": " + counts(p.rows());
    }

    /** Agreement, false accepts and rejects, and right first reasons of some rows, in words. */
    static String counts(List<Row> rows) {
        long agree = rows.stream().filter(Row::agrees).count();
        long bad = rows.stream().filter(Row::labelledBad).count();
        long fa = rows.stream().filter(Row::falseAccept).count();
        long fr = rows.stream().filter(Row::falseReject).count();
        long refusals = rows.stream().filter(Row::refusal).count();
        long right = rows.stream().filter(Row::rightReason).count();
        return String.format("%d photos: agreement %d/%d = %.1f %%; false accepts %d (%.1f %% of all, %.1f %% of the "
                + "%d noncompliant/noface); false rejects %d (%.1f %%); right reason told first %d/%d = %.1f %% of refusals",
            rows.size(), agree, rows.size(), pct(agree, rows.size()), fa, pct(fa, rows.size()), pct(fa, bad),
            bad, fr, pct(fr, rows.size()), right, refusals, pct(right, refusals));
    }

    String summary() {
        StringBuilder out = new StringBuilder();
        parts.forEach(p -> out.append(summary(p)).append('\n'));
        return out.toString().strip();
    }

    String markdown(Path csv, String method) {
        StringBuilder md = new StringBuilder("# Photo check accuracy\n\n");
        md.append("Reproduce: `./kiosk photo-accuracy` (reads `").append(csv.getFileName())
            .append("` and the photos beside it in place, kiosk mode = `./kiosk photo-check` without `--as-is`).\n\n");
        md.append(method).append("\n\n");
        for (Part p : parts) {
            md.append("- **").append(summary(p)).append("**\n");
            md.append("  - people thresholds were chosen on: ").append(counts(half(p, 0))).append('\n');
            md.append("  - held-out people: ").append(counts(half(p, 1))).append('\n');
        }
        for (Part p : parts) {
            if (p.rows().stream().anyMatch(r -> r.label().file().contains("#"))) {
                md.append("\n## ").append(p.title()).append(": per kind of problem and colour tone\n\n");
                VariantTable.append(md, p.rows());
            }
            md.append("\n## ").append(p.title()).append(": per reason\n\n");
            perReason(md, p.rows());
            md.append("\n### ").append(p.title()).append(": what was told first, per labelled reason\n\n");
            confusion(md, p.rows());
            md.append("\n### ").append(p.title()).append(": disagreements and wrong first reasons\n\n")
                .append("| photo | expected | labelled reasons | verdict | reasons found |\n|---|---|---|---|---|\n");
            for (Row r : p.rows()) {
                if (!r.agrees() || (r.refusal() && !r.rightReason())) {
                    md.append(String.format("| %s | %s | %s | %s | %s |%n", r.label().file(), r.label().expected(),
                        String.join(", ", r.label().reasons()), r.verdict(), String.join(", ", r.reasons())));
                }
            }
        }
        return md.toString();
    }

    private static void perReason(StringBuilder md, List<Row> rows) {
        md.append("| reason | labelled | found | both | recall | precision | told first when labelled |\n"
            + "|---|---|---|---|---|---|---|\n");
        Map<String, int[]> per = new TreeMap<>();
        for (Row r : rows) {
            for (String code : new TreeSet<>(r.label().reasons())) {
                int[] c = per.computeIfAbsent(code, k -> new int[4]);
                c[0]++;
                c[3] += r.toldFirst().equals(code) ? 1 : 0;
            }
            for (String code : new TreeSet<>(r.reasons())) {
                int[] c = per.computeIfAbsent(code, k -> new int[4]);
                c[1]++;
                c[2] += r.label().reasons().contains(code) ? 1 : 0;
            }
        }
        per.forEach((code, c) -> md.append(String.format("| %s | %d | %d | %d | %s | %s | %s |%n", code, c[0], c[1], c[2],
            c[0] == 0 ? "-" : String.format("%.0f %%", pct(c[2], c[0])),
            c[1] == 0 ? "-" : String.format("%.0f %%", pct(c[2], c[1])), c[0] == 0 ? "-" : String.valueOf(c[3]))));
    }

    /** Rows: a labelled reason (a photo counts once under each of its labels); cells: the first reason told. */
    private static void confusion(StringBuilder md, List<Row> rows) {
        md.append("| labelled reason | photos | told first (count) |\n|---|---|---|\n");
        Map<String, Map<String, Integer>> table = new TreeMap<>();
        for (Row r : rows) {
            for (String code : r.label().reasons().isEmpty() ? List.of("(compliant)") : r.label().reasons()) {
                table.computeIfAbsent(code, k -> new TreeMap<>()).merge(r.toldFirst(), 1, Integer::sum);
            }
        }
        table.forEach((code, told) -> {
            StringBuilder cells = new StringBuilder();
            told.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> cells.append(cells.length() == 0 ? "" : ", ")
                    .append(e.getKey().equals(code) ? "**" + e.getKey() + "**" : e.getKey()).append(' ').append(e.getValue()));
            md.append(String.format("| %s | %d | %s |%n", code, told.values().stream().mapToInt(i -> i).sum(), cells));
        });
    }

    static double pct(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
