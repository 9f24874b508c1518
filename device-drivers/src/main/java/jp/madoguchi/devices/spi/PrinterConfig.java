package jp.madoguchi.devices.spi;

import java.nio.file.Path;

/**
 * @param provider     "sim" by default; "cups" for a named print queue
 * @param queue        the CUPS queue name
 * @param outputFolder for simulated printers: where each job lands as PDF + PNG preview
 */
public record PrinterConfig(String provider, String queue, Path outputFolder) {
    public static PrinterConfig from(Settings s) {
        return new PrinterConfig(
            s.get("printer.provider", "sim"),
            s.get("printer.queue", ""),
            s.findPath("printer.output").orElse(Path.of(System.getProperty("java.io.tmpdir"), "madoguchi-sim-printer")));
    }
}
