package jp.madoguchi.kiosk.vision.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The machine a benchmark ran on, from /proc (what nproc, lscpu and free report). */
final class Machine {
    private Machine() {
    }

    static String describe() {
        String model = read("/proc/cpuinfo").stream().filter(l -> l.startsWith("model name")).findFirst()
            .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        String mem = read("/proc/meminfo").stream().filter(l -> l.startsWith("MemTotal")).findFirst()
            .map(l -> l.replaceAll("\\D", "")).map(kb -> String.format("%.1f GiB", Long.parseLong(kb) / 1048576.0))
            .orElse("unknown");
        return String.format("%d cores (nproc) of %s, %s RAM, Java %s, OpenCV %s", Runtime.getRuntime().availableProcessors(),
            model, mem, System.getProperty("java.version"), org.opencv.core.Core.VERSION);
    }

    /** The 1-minute load average: above 0 means other work shared the cores. */
    static String load() {
        List<String> l = read("/proc/loadavg");
        return l.isEmpty() ? "unknown" : l.get(0).split(" ")[0];
    }

    /** Resident-set size of this process in MiB. */
    static double rssMib() {
        return read("/proc/self/status").stream().filter(l -> l.startsWith("VmRSS")).findFirst()
            .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024.0).orElse(Double.NaN);
    }

    private static List<String> read(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException e) {
            return List.of();
        }
    }
}
