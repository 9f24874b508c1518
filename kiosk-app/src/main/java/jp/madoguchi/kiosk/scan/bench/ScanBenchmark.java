package jp.madoguchi.kiosk.scan.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.madoguchi.kiosk.scan.bench.Decoders.Decoder;

/**
 * Runs every decoder on the same frames in one JVM, interleaved frame by frame so they share
 * the machine's load, after a warm-up so the JIT has compiled each one. Counts a read only when
 * the decoded text equals the payload; any other text is a wrong read.
 */
public final class ScanBenchmark {
    /** CPU time of the decoding thread: what a decode costs with the machine to itself (OpenCV's own worker threads excepted). */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private final List<Decoder> decoders;

    public ScanBenchmark(boolean withOpenCv) {
        this.decoders = Decoders.all(withOpenCv);
    }

    /** Per decoder and kind: reads, wrong reads, frames, decode times. */
    static final class Tally {
        final Map<String, int[]> byKind = new LinkedHashMap<>();
        final List<Double> millis = new ArrayList<>();
        final List<Double> cpuMillis = new ArrayList<>();
        int reads;
        int wrong;
        int frames;
    }

    public void run(List<Scene> scenes, int warmupRounds, PrintStream out) {
        for (int round = 0; round < warmupRounds; round++) {
            for (Scene s : scenes.subList(0, Math.min(40, scenes.size()))) {
                decoders.forEach(d -> d.decode().apply(s.frame()));
            }
        }
        Map<Decoder, Tally> tallies = new LinkedHashMap<>();
        decoders.forEach(d -> tallies.put(d, new Tally()));
        for (Scene s : scenes) {
            for (Decoder d : decoders) {
                long cpuStart = CPU.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                Optional<String> text = d.decode().apply(s.frame());
                double ms = (System.nanoTime() - start) / 1e6;
                double cpuMs = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e6;
                Tally t = tallies.get(d);
                int[] kind = t.byKind.computeIfAbsent(s.kind(), k -> new int[2]);
                kind[1]++;
                t.frames++;
                t.millis.add(ms);
                t.cpuMillis.add(cpuMs);
                if (text.isPresent() && text.get().equals(s.payload())) {
                    kind[0]++;
                    t.reads++;
                } else if (text.isPresent()) {
                    t.wrong++;
                }
            }
        }
        report(tallies, out);
    }

    private void report(Map<Decoder, Tally> tallies, PrintStream out) {
        StringBuilder header = new StringBuilder("| decoder | read | wrong | median ms | p95 ms | median CPU ms |");
        StringBuilder rule = new StringBuilder("|---|---|---|---|---|---|");
        for (String kind : DeskScenes.KINDS) {
            header.append(' ').append(kind).append(" |");
            rule.append("---|");
        }
        out.println(header);
        out.println(rule);
        tallies.forEach((d, t) -> {
            double[] ms = t.millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double[] cpu = t.cpuMillis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            StringBuilder row = new StringBuilder(String.format("| %s | %d/%d (%.1f %%) | %d | %.1f | %.1f | %.1f |",
                d.name(), t.reads, t.frames, 100.0 * t.reads / t.frames, t.wrong, percentile(ms, 50), percentile(ms, 95),
                percentile(cpu, 50)));
            for (String kind : DeskScenes.KINDS) {
                int[] k = t.byKind.getOrDefault(kind, new int[2]);
                row.append(' ').append(k[0]).append('/').append(k[1]).append(" |");
            }
            out.println(row);
        });
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
