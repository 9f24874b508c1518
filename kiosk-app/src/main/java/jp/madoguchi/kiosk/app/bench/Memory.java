package jp.madoguchi.kiosk.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Heap in use after a full collection, and the process's resident set size (Linux /proc), in bytes. */
record Memory(long heapBytes, long rssBytes) {
    static Memory now() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return new Memory(r.totalMemory() - r.freeMemory(), rss());
    }

    private static long rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: unknown
        }
        return -1;
    }

    static double megabytes(long bytes) {
        return bytes < 0 ? -1 : Math.round(bytes / 1048576.0 * 10) / 10.0;
    }
}
