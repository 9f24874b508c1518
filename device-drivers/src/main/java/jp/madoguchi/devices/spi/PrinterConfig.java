package jp.madoguchi.devices.spi;

import java.nio.file.Path;

/**
 * @param provider     "sim" by default; "cups" for a named print queue
 * @param queue        the CUPS queue name
 * @param outputFolder for simulated printers: where each job lands as PDF + PNG preview
 * @param keepJobs     for simulated printers: keep each session's files after it ends (a
 *                     development setting: they hold form IDs and photos); false by default
 */
public record PrinterConfig(String provider, String queue, Path outputFolder, boolean keepJobs) {
    public static PrinterConfig from(Settings s) {
        String keep = s.get("printer.keep_jobs", "false");
        if (!keep.equals("true") && !keep.equals("false")) {
            throw new SettingsException("printer.keep_jobs", "must be true or false, was \"" + keep + "\"");
        }
        return new PrinterConfig(
            s.get("printer.provider", "sim"),
            s.get("printer.queue", ""),
            s.findPath("printer.output").orElse(Path.of(System.getProperty("java.io.tmpdir"), "madoguchi-sim-printer")),
            Boolean.parseBoolean(keep));
    }
}
