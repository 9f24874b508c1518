package jp.madoguchi.kiosk.vision.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The photo section of docs/BENCHMARKS.md, between its own markers so other sections stay untouched. */
public final class BenchReport {
    static final String START = "<!-- photo-bench:start -->";
    public static final String END = "<!-- photo-bench:end -->";
    private final StringBuilder timings = new StringBuilder();
    private final String machine;
    private final String loadBefore;
    private String loadAfter = "?";
    private DetectorComparison detectors;
    private MemoryCheck memory;

    BenchReport(String machine, String loadBefore) {
        this.machine = machine;
        this.loadBefore = loadBefore;
    }

    void timing(String what, Timing t) {
        timings.append(String.format("| %s | %.2f | %.2f | %d |%n", what, t.medianMs(), t.p95Ms(), t.runs()));
    }

    void detectors(DetectorComparison d) {
        detectors = d;
    }

    void memory(MemoryCheck m) {
        memory = m;
    }

    void finish(String load) {
        loadAfter = load;
    }

    /**
     * What the measured load says about the run, never more: the 1-minute load average before the
     * run (other work only) and after it (this run included, about one core).
     */
    static String loadSentence(String before, String after, int cores) {
        String measured = String.format("1-minute load average %s before the run and %s after it, on %d cores", before, after, cores);
        double others;
        try {
            others = Double.parseDouble(before);
        } catch (NumberFormatException e) {
            return measured + ": the load could not be read, so how much other work shared the cores is not known.";
        }
        return others < 0.5 ? measured + ": the machine was otherwise idle when the run began."
            : String.format("%s: other work was using about %.1f of the %d cores when the run began, so the figures are "
                + "pessimistic.", measured, others, cores);
    }

    String markdown() {
        StringBuilder md = new StringBuilder(START).append("\n## Photo analysis (issues 4 and 15)\n\n");
        md.append("Command: `./kiosk photo-bench` (defaults: 500 timed runs per measure after warm-up, 10,000 frames for ")
            .append("the memory check). Run ").append(Instant.now().truncatedTo(ChronoUnit.MINUTES)).append(".\n\n");
        md.append("Machine: ").append(machine).append(". ").append(loadSentence(loadBefore, loadAfter,
            Runtime.getRuntime().availableProcessors())).append(" The ")
            .append("issue-4 pipeline (detector keypoints only, no face mesh, no covering or gaze measures) runs in the same ")
            .append("process as the peer.\n\n");
        md.append("Frames: a studio portrait scaled onto a light-grey 1280x720 / 640x480 canvas, mirrored like a live preview.\n\n");
        md.append("| measure | median ms | p95 ms | runs |\n|---|---|---|---|\n").append(timings);
        if (detectors != null) {
            md.append(String.format("%n### Detector choice%n%nFace count right (0 on no-face photos, 2+ on the group, 1 otherwise) on "
                    + "the %d labelled photos: **BlazeFace %d/%d**, Haar frontal-face cascade %d/%d.%n%n"
                    + "- BlazeFace wrong: %s%n- Haar wrong: %s%n%n"
                    + "BlazeFace is the detector: it counts faces better, is faster per frame, and gives the eye, nose, mouth "
                    + "and ear keypoints that pose, eye and mouth measures need (the cascade gives a box only).%n",
                detectors.photos(), detectors.blazeRight(), detectors.photos(), detectors.haarRight(), detectors.photos(),
                detectors.blazeWrong().isEmpty() ? "none" : String.join(", ", detectors.blazeWrong()),
                detectors.haarWrong().isEmpty() ? "none" : String.join(", ", detectors.haarWrong())));
        }
        if (memory != null) {
            md.append(String.format("%n### Native memory%n%nResident-set size over %,d full analyses of the 1280x720 frame in one "
                + "process (%.1f s), read after a %,d-frame warm-up and after each quarter, each after a GC:%n%n"
                + "| after | warm-up | 25 %% | 50 %% | 75 %% | 100 %% |%n|---|---|---|---|---|---|%n",
                memory.frames(), memory.seconds(), MemoryCheck.WARM_UP));
            md.append("| RSS MiB |");
            for (double v : memory.rssMib()) {
                md.append(String.format(" %.1f |", v));
            }
            md.append("\n| of which Java heap committed MiB |");
            for (double v : memory.heapMib()) {
                md.append(String.format(" %.1f |", v));
            }
            md.append(String.format("%n%nRSS change over the last three quarters (%,d frames): **%+.1f MiB**; from the "
                    + "warm-up reading to the end %+.1f MiB (the first quarter includes the allocator handing back what "
                    + "the earlier measures of this run used).%n",
                memory.frames() * 3 / 4, memory.rssMib()[4] - memory.rssMib()[1], memory.rssMib()[4] - memory.rssMib()[0]));
            md.append(trend(memory.rssMib()));
        }
        return md.append(END).append('\n').toString();
    }

    /**
     * Whether the quarter readings (after warm-up) climb steadily, which a leak does, or go down as well as
     * up, which the native allocator's arenas do as they grow and give memory back: one figure alone reads
     * like a leak either way.
     */
    static String trend(double[] rss) {
        int rises = 0;
        int falls = 0;
        double low = Double.MAX_VALUE;
        double high = 0;
        for (int i = 1; i < rss.length; i++) {
            low = Math.min(low, rss[i]);
            high = Math.max(high, rss[i]);
            if (i > 1) {
                if (rss[i] > rss[i - 1]) {
                    rises++;
                } else if (rss[i] < rss[i - 1]) {
                    falls++;
                }
            }
        }
        String verdict = falls == 0 && rises > 0 ? "it rose at every quarter: a steady growth to look into"
            : "it went down as well as up, with no steady rise";
        return String.format("%nBetween the quarter readings RSS stayed within %.1f-%.1f MiB; %s.%n", low, high, verdict);
    }

    /** Replaces the photo section of {@code file} (or appends it), leaving everything else as it was. */
    public static void writeSection(Path file, String section) throws IOException {
        String text = Files.exists(file) ? Files.readString(file)
            : "# Benchmarks\n\nSpeed and memory figures, each with the command that produced it and the machine.\n\n";
        int a = text.indexOf(START);
        int b = text.indexOf(END);
        String updated = a >= 0 && b > a ? text.substring(0, a) + section.strip() + text.substring(b + END.length())
            : text + (text.endsWith("\n") ? "" : "\n") + section;
        Files.writeString(file, updated);
    }
}
