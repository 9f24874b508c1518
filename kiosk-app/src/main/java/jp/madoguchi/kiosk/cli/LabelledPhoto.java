package jp.madoguchi.kiosk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import jp.madoguchi.kiosk.files.UserFileException;
import jp.madoguchi.kiosk.files.UserFiles;

/**
 * One row of a photo set's {@code labels.csv}: file, expected verdict and reasons, and the person
 * (a column that may be missing; then the file stands for its own person).
 */
record LabelledPhoto(String file, String expected, Set<String> reasons, String person) {

    /**
     * The half of the people a photo's person belongs to: thresholds are chosen looking at half
     * {@code 0} and checked on half {@code 1}, so no person is in both.
     */
    int half() {
        return Math.floorMod(person.hashCode(), 2);
    }

    /** A labels file is a line per photo; far more than any set needs is a mistake, refused unread. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    static List<LabelledPhoto> read(Path csv) throws IOException {
        List<String> lines;
        try {
            lines = UserFiles.readText(csv, MAX_BYTES).lines().toList();
        } catch (UserFileException e) {
            throw new IOException(e.getMessage(), e);
        }
        if (lines.isEmpty()) {
            throw new IOException(csv + ": is empty; it needs the columns file, expected and reasons");
        }
        List<String> header = fields(lines.get(0));
        int file = header.indexOf("file");
        int expected = header.indexOf("expected");
        int reasons = header.indexOf("reasons");
        int person = header.indexOf("person_id");
        if (file < 0 || expected < 0 || reasons < 0) {
            throw new IOException(csv + ": needs the columns file, expected and reasons");
        }
        List<LabelledPhoto> out = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            List<String> f = fields(line);
            if (f.size() < header.size()) {
                throw new IOException(csv + ": line " + (n + 1) + " has " + f.size() + " of the " + header.size() + " columns");
            }
            Set<String> r = new TreeSet<>();
            for (String code : f.get(reasons).split(";")) {
                if (!code.isBlank() && !code.equals("greyscale_ok")) { // informational tag, not a failure
                    r.add(code.trim());
                }
            }
            String who = person >= 0 && !f.get(person).isBlank() ? f.get(person) : f.get(file);
            out.add(new LabelledPhoto(f.get(file), f.get(expected), r, who));
        }
        return out;
    }

    /** CSV fields with RFC 4180 quoting (the notes column holds commas). */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cur.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
