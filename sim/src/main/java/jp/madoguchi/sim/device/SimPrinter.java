package jp.madoguchi.sim.device;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import jp.madoguchi.devices.api.DeviceCondition;
import jp.madoguchi.devices.api.DeviceKind;
import jp.madoguchi.devices.api.DeviceUnavailableException;
import jp.madoguchi.devices.api.PrintJob;
import jp.madoguchi.devices.api.Printer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A printer whose paper is a folder: every job lands as {@code NNNN-title.pdf} plus a PNG of
 * its first page, so developers and tests can look at what a resident would take home. It can
 * be told to run out of paper, open its cover or jam on the next job.
 *
 * <p>What it prints holds a resident's form ID and photo, so it is kept like the session: the
 * folder is readable by its owner only (0700, files 0600), and when the flow ends a session
 * ({@link #forgetJobs()}) that session's files are deleted. A developer who wants
 * to look at them afterwards sets {@code keepJobs} (printer.keep_jobs=true), which is announced
 * as a warning when the printer opens.
 */
public final class SimPrinter extends SimulatedDevice implements Printer {
    private static final Logger LOG = LoggerFactory.getLogger(SimPrinter.class);
    /** Preview resolution: enough to read the text, small enough to open quickly. */
    private static final float PREVIEW_DPI = 100f;
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private final Path folder;
    private final boolean keepJobs;
    private final Recent<PrintedJob> jobs = new Recent<>();
    private boolean jamNextJob;

    /** A job as it landed in the output folder. */
    public record PrintedJob(String title, Path pdf, Path preview, int pages) {
    }

    public SimPrinter(Path folder, Clock clock) {
        this(folder, false, clock);
    }

    /** @param keepJobs keep every session's files after it ends (development only: they hold personal data) */
    public SimPrinter(Path folder, boolean keepJobs, Clock clock) {
        super(DeviceKind.PRINTER, clock);
        this.folder = folder;
        this.keepJobs = keepJobs;
        if (keepJobs) {
            LOG.warn("printer.keep_jobs=true: the simulated printer keeps every session's documents (form IDs, photos) in {} "
                + "after the session ends. For development only; delete them when done.", folder);
        }
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
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, PREVIEW_DPI, ImageType.RGB);
            ownerOnlyFolder();
            Path pdf = newJobFile(job.title());
            String stem = pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
            Files.write(pdf, job.pdf());
            Path preview = ownerOnlyFile(stem + ".png");
            try (OutputStream out = Files.newOutputStream(preview);
                 MemoryCacheImageOutputStream png = new MemoryCacheImageOutputStream(out)) {
                ImageIO.write(page, "png", png);
            }
            jobs.add(new PrintedJob(job.title(), pdf, preview, document.getNumberOfPages()));
            record("printed " + job.title() + " (" + document.getNumberOfPages() + " pages)");
            return stem;
        } catch (IOException e) {
            // An unreadable PDF, a full disk or a folder that is not ours: the job fails like a real printer's would.
            report(DeviceCondition.FAILED);
            record("job failed: " + e.getClass().getSimpleName());
            throw new DeviceUnavailableException(status(), "print failed: " + e.getMessage());
        }
    }

    /** Deletes the files of the session that ended, unless a developer asked to keep them. */
    @Override
    public synchronized void forgetJobs() {
        if (keepJobs || jobs.isEmpty()) {
            return;
        }
        int deleted = 0;
        for (PrintedJob job : jobs.list()) {
            deleted += delete(job.pdf()) + delete(job.preview());
        }
        record("forgot " + jobs.size() + " jobs (" + deleted + " files deleted)");
        jobs.clear();
    }

    private static int delete(Path file) {
        try {
            return Files.deleteIfExists(file) ? 1 : 0;
        } catch (IOException e) {
            LOG.warn("simulated printer could not delete a job file: {}", e.getClass().getSimpleName());
            return 0;
        }
    }

    /** The output folder, created owner-only, and made so if it was not (a folder left by an older version). */
    private void ownerOnlyFolder() throws IOException {
        if (Files.isSymbolicLink(folder)) {
            throw new IOException(folder + " is a symbolic link; printer.output must be a folder of the kiosk's own");
        }
        boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (posix) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
            Files.setPosixFilePermissions(folder, OWNER_ONLY_FOLDER);
        } else {
            Files.createDirectories(folder);
        }
    }

    /** {@code NNNN-title.pdf}, numbered after the files already there, created owner-only. */
    private Path newJobFile(String title) throws IOException {
        int number;
        try (var existing = Files.list(folder)) {
            number = (int) existing.filter(p -> p.toString().endsWith(".pdf")).count() + 1;
        }
        while (true) {
            try {
                return ownerOnlyFile(String.format("%04d-%s.pdf", number, title));
            } catch (FileAlreadyExistsException e) {
                number++;
            }
        }
    }

    private Path ownerOnlyFile(String name) throws IOException {
        Path file = folder.resolve(name);
        return folder.getFileSystem().supportedFileAttributeViews().contains("posix")
            ? Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE)) : Files.createFile(file);
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

    /** The jobs of the session in progress (of every session, when jobs are kept; the last thousand), oldest first. */
    public synchronized List<PrintedJob> jobs() {
        return jobs.list();
    }

    public Path folder() {
        return folder;
    }
}
