package jp.madoguchi.kiosk.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import jp.madoguchi.devices.api.DeviceCondition;
import jp.madoguchi.devices.api.PrintJob;
import jp.madoguchi.devices.api.Printer;
import jp.madoguchi.devices.print.CupsPrinterProvider;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.kiosk.testing.SystemPart;
import jp.madoguchi.rules.RuleBook;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Prints every document through the real CUPS driver to a cups-pdf queue and finds each output
 * PDF; once the session ends, CUPS holds no copy of them (spool file or job record). {@code .ci/run} starts cupsd and adds the queue; elsewhere the test skips with the reason.
 * MADOGUCHI_CUPS_QUEUE names the queue (default madoguchi-pdf), MADOGUCHI_CUPS_PDF_DIR where
 * cups-pdf writes (default ~/PDF, cups-pdf's "Out ${HOME}/PDF").
 */
class CupsQueuePrintingTest {
    private static final String QUEUE = Optional.ofNullable(System.getenv("MADOGUCHI_CUPS_QUEUE")).orElse("madoguchi-pdf");
    private static final Path OUT = Optional.ofNullable(System.getenv("MADOGUCHI_CUPS_PDF_DIR")).map(Path::of)
        .orElse(Path.of(System.getProperty("user.home"), "PDF"));

    @Test
    void everyDocumentComesOutOfARealCupsQueue() throws Exception {
        SampleSheets samples = new SampleSheets(RuleBook.load(), "shinjuku", LocalDate.now());
        try (Printer printer = CupsPrinterProvider.open(QUEUE, URI.create("http://localhost:631"), Duration.ofSeconds(1))) {
            SystemPart.require(printer.status().condition() == DeviceCondition.READY,
                "a running CUPS with the cups-pdf queue " + QUEUE + " (now " + printer.status().condition() + ")",
                "cups cups-bsd printer-driver-cups-pdf");
            List<Rendered> documents = List.of(Documents.applicationSummary(samples.summary(Language.VIETNAMESE)),
                Documents.photoSheet(samples.photoSheet(Language.NEPALI)), Documents.phraseCards(samples.phraseCards(Language.ENGLISH)),
                Documents.checklist(samples.checklist(Language.EASY_JAPANESE)), Documents.reissueForm(samples.reissueForm(Language.KOREAN)));
            long before = System.currentTimeMillis() - 1000;
            List<String> jobs = new java.util.ArrayList<>();
            for (Rendered document : documents) {
                jobs.add(printer.print(new PrintJob(document.kind().id(), document.pdf())));
            }
            for (Rendered document : documents) {
                Path output = await(document.kind().id(), before);
                try (PDDocument printed = Loader.loadPDF(output.toFile())) {
                    assertThat(printed.getNumberOfPages()).as(output.toString()).isEqualTo(document.pages());
                    assertThat(printed.getPage(0).getMediaBox().getWidth() / 72 * 25.4).as("A4 width, mm").isCloseTo(210, within(1.0));
                }
                if (document.kind() == DocumentKind.PHOTO_SHEET) {
                    // Through CUPS and Ghostscript, the photo is still exactly 35 x 45 mm. (Ghostscript
                    // turns the fonts into Type 3 glyphs, some drawn as tiny images: those are skipped.)
                    List<PdfProbe.Placement> photos = PdfProbe.images(Files.readAllBytes(output)).stream()
                        .filter(p -> p.widthMm() > 10).toList();
                    assertThat(photos).hasSize(2);
                    for (PdfProbe.Placement photo : photos) {
                        assertThat(photo.widthMm()).isCloseTo(35.0, within(0.5));
                        assertThat(photo.heightMm()).isCloseTo(45.0, within(0.5));
                    }
                }
                Files.delete(output);
            }
            // The session ends: CUPS keeps neither the documents nor the jobs' records.
            assertThat(cupsKnows(jobs)).as("CUPS lists the printed jobs until the session ends").isNotEmpty();
            printer.forgetJobs();
            long deadline = System.currentTimeMillis() + 30_000;
            while (!cupsKnows(jobs).isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(250);
            }
            assertThat(cupsKnows(jobs)).as("jobs CUPS still lists after the session ended").isEmpty();
            for (String job : jobs) {
                Path spooled = Path.of("/var/spool/cups", String.format("d%05d-001", Integer.parseInt(job.replaceAll(".*-", ""))));
                assertThat(Files.exists(spooled)).as(spooled + " is gone (when the spool folder can be read)").isFalse();
            }
        }
    }

    /** The given jobs ("queue-id") that CUPS still has, done or not (lpstat -W all). */
    private static List<String> cupsKnows(List<String> jobs) throws IOException, InterruptedException {
        Process lpstat = new ProcessBuilder("lpstat", "-W", "all", "-o", QUEUE).redirectErrorStream(true).start();
        String listed = new String(lpstat.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        lpstat.waitFor();
        return jobs.stream().filter(job -> listed.lines().anyMatch(line -> line.startsWith(job + " "))).toList();
    }

    /** cups-pdf names its output after the job title; waits for it to be written completely. */
    private static Path await(String title, long since) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            if (Files.isDirectory(OUT)) {
                try (Stream<Path> files = Files.list(OUT)) {
                    Optional<Path> found = files.filter(p -> p.getFileName().toString().startsWith(title))
                        .filter(p -> p.toString().endsWith(".pdf")).filter(p -> p.toFile().lastModified() >= since)
                        .filter(CupsQueuePrintingTest::complete).findFirst();
                    if (found.isPresent()) {
                        return found.get();
                    }
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("cups-pdf wrote no " + title + " PDF into " + OUT + " within 60 s");
    }

    private static boolean complete(Path pdf) {
        try (PDDocument ignored = Loader.loadPDF(pdf.toFile())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
