package jp.madoguchi.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.madoguchi.kiosk.documents.Documents;
import jp.madoguchi.kiosk.testing.SystemPart;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `./kiosk print`: one document to a file or the configured printer, one JSON line out. */
class PrintCommandTest {
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void fonts() {
        SystemPart.require(Documents.fontsInstalled(), "the print fonts", Documents.fontPackages());
    }

    int print(String... args) {
        CommandLine cli = new CommandLine(new KioskCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "print";
        System.arraycopy(args, 0, all, 1, args.length);
        return cli.execute(all);
    }

    @Test
    void writesTheSampleSummaryAndSaysWhatItWrote() throws Exception {
        Path pdf = dir.resolve("summary.pdf");
        assertThat(print("application-summary", "--sample", "--lang", "vi", "--out", pdf.toString())).isZero();
        JsonNode line = new ObjectMapper().readTree(out.toString());
        assertThat(line.get("doc").asText()).isEqualTo("application-summary");
        assertThat(line.get("file").asText()).isEqualTo(pdf.toString());
        assertThat(line.get("form_id").asText()).isEqualTo("12345678901234567890123");
        assertThat(line.get("ms").asDouble()).isPositive();
        assertThat(out.toString().strip().lines()).hasSize(1);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(line.get("pages").asInt()).isEqualTo(document.getNumberOfPages());
            assertThat(new PDFTextStripper().getText(document)).contains("1234 5678 9012 3456 7890 123");
        }
    }

    @Test
    void withoutOutItPrintsOnTheConfiguredPrinter() throws Exception {
        Path tray = dir.resolve("tray");
        assertThat(print("photo-sheet", "--sample", "--set", "printer.output=" + tray)).isZero();
        JsonNode line = new ObjectMapper().readTree(out.toString());
        assertThat(line.get("file").isNull()).isTrue();
        assertThat(line.get("printer").asText()).startsWith("sim:");
        assertThat(line.get("form_id").isNull()).isTrue();
        try (var files = Files.list(tray)) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("0001-photo-sheet.pdf", "0001-photo-sheet.png");
        }
    }

    @Test
    void anUnknownDocumentOrLanguageIsRefusedInTheResidentsLanguage() {
        assertThat(print("passport", "--sample", "--out", dir.resolve("x.pdf").toString())).isEqualTo(PrintCommand.BAD_INPUT);
        assertThat(err.toString()).contains("Unknown document \"passport\"", "phrase-cards");
        assertThat(print("checklist", "--sample", "--lang", "xx")).isEqualTo(PrintCommand.BAD_INPUT);
        assertThat(err.toString()).contains("Unknown language \"xx\"");
        assertThat(print("checklist", "--lang", "ja", "--out", dir.resolve("x.pdf").toString())).isEqualTo(PrintCommand.BAD_INPUT);
        assertThat(err.toString()).contains("--sample");
        assertThat(out.toString()).isEmpty();
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }
}
