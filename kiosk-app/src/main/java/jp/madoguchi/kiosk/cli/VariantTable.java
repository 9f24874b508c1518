package jp.madoguchi.kiosk.cli;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The generated variants scored per kind of problem (the part of the name after {@code #}) and, for
 * coverings, per colour tone (vivid, neutral, a hair colour, a skin colour): where the check holds and
 * where it does not, both halves of the people together.
 */
final class VariantTable {
    private VariantTable() {
    }

    static void append(StringBuilder md, List<AccuracyReport.Row> rows) {
        md.append("| kind | tone | photos | right reason first | accepted (false accepts) | told first otherwise |\n"
            + "|---|---|---|---|---|---|\n");
        Map<String, List<AccuracyReport.Row>> groups = new TreeMap<>();
        for (AccuracyReport.Row r : rows) {
            String file = r.label().file();
            String kind = file.substring(file.indexOf('#') + 1);
            groups.computeIfAbsent(kind + " | " + (r.tone().isEmpty() ? "-" : r.tone()), k -> new java.util.ArrayList<>())
                .add(r);
        }
        groups.forEach((group, members) -> {
            boolean compliant = members.get(0).label().expected().equals("compliant");
            long right = members.stream().filter(r -> compliant ? r.agrees() : r.rightReason()).count();
            long accepted = members.stream().filter(AccuracyReport.Row::falseAccept).count();
            Map<String, Integer> other = new TreeMap<>();
            members.stream().filter(r -> !(compliant ? r.agrees() : r.rightReason()) && !r.falseAccept())
                .forEach(r -> other.merge(r.toldFirst(), 1, Integer::sum));
            StringBuilder cells = new StringBuilder();
            other.forEach((reason, n) -> cells.append(cells.length() == 0 ? "" : ", ").append(reason).append(' ').append(n));
            md.append(String.format("| %s | %d | %d (%.0f %%) | %d | %s |%n", group, members.size(), right,
                AccuracyReport.pct(right, members.size()), accepted, cells));
        });
    }
}
