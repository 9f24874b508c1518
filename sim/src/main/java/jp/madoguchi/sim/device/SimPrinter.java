package jp.madoguchi.sim.device;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javax.imageio.ImageIO;
import jp.madoguchi.devices.api.DeviceCondition;
import jp.madoguchi.devices.api.DeviceKind;
import jp.madoguchi.devices.api.DeviceUnavailableException;
import jp.madoguchi.devices.api.PrintJob;
import jp.madoguchi.devices.api.Printer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A printer whose paper is a folder: every job lands as {@code NNNN-title.pdf} plus a PNG of
 * its first page, so developers and tests can look at what a resident would take home. It can
 * be told to run out of paper, open its cover or jam on the next job.
 */
public final class SimPrinter extends SimulatedDevice implements Printer {
    /** Preview resolution: enough to read the text, small enough to open quickly. */
    private static final float PREVIEW_DPI = 100f;

    private final Path folder;
    private final Recent<PrintedJob> jobs = new Recent<>();
    private boolean jamNextJob;

    /** A job as it landed in the output folder. */
    public record PrintedJob(String title, Path pdf, Path preview, int pages) {
    }

    public SimPrinter(Path folder, Clock clock) {
        super(DeviceKind.PRINTER, clock);
        this.folder = folder;
    }

    @Override
    public String description() {
        return "sim:" + folder;
    }

    @Override
    public synchronized String print(PrintJob job) throws DeviceUnavailableException {
        requireReady("print " + job.title());
        if (jamNextJob) {
            jamNextJob = false;
            report(DeviceCondition.JAMMED);
            requireReady("print " + job.title());
        }
        try (PDDocument document = Loader.loadPDF(job.pdf())) {
            Files.createDirectories(folder);
            String stem = String.format("%04d-%s", nextNumber(), job.title());
            Path pdf = folder.resolve(stem + ".pdf");
            Path preview = folder.resolve(stem + ".png");
            Files.write(pdf, job.pdf());
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, PREVIEW_DPI, ImageType.RGB);
            ImageIO.write(page, "png", preview.toFile());
            jobs.add(new PrintedJob(job.title(), pdf, preview, document.getNumberOfPages()));
            record("printed " + job.title() + " (" + document.getNumberOfPages() + " pages)");
            return stem;
        } catch (IOException e) {
            // An unreadable PDF or a full disk: the job fails like a real printer's would.
            report(DeviceCondition.FAILED);
            record("job failed: " + e.getClass().getSimpleName());
            throw new DeviceUnavailableException(status(), "print failed: " + e.getMessage());
        }
    }

    private int nextNumber() throws IOException {
        try (var existing = Files.list(folder)) {
            return (int) existing.filter(p -> p.toString().endsWith(".pdf")).count() + 1;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Control: the paper tray is empty. */
    public void paperOut() {
        record("paper out");
        report(DeviceCondition.PAPER_OUT);
    }

    /** Control: someone opened the cover. */
    public void openCover() {
        record("cover opened");
        report(DeviceCondition.COVER_OPEN);
    }

    /** Control: the next job jams the printer. */
    public synchronized void jamNextJob() {
        record("will jam on next job");
        jamNextJob = true;
    }

    /** The jobs printed since start (the last thousand), oldest first. */
    public synchronized List<PrintedJob> jobs() {
        return jobs.list();
    }

    public Path folder() {
        return folder;
    }
}
