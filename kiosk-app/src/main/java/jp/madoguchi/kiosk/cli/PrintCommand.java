package jp.madoguchi.kiosk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import jp.madoguchi.devices.api.DeviceUnavailableException;
import jp.madoguchi.devices.api.PrintJob;
import jp.madoguchi.devices.api.Printer;
import jp.madoguchi.devices.spi.Settings;
import jp.madoguchi.kiosk.app.DeviceSetup;
import jp.madoguchi.kiosk.app.KioskConfig;
import jp.madoguchi.kiosk.documents.DocumentKind;
import jp.madoguchi.kiosk.documents.Documents;
import jp.madoguchi.kiosk.documents.Rendered;
import jp.madoguchi.kiosk.documents.SampleSheets;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.kiosk.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./kiosk print DOC [--sample] [--lang CODE] [--out FILE.pdf]}: lays out one document
 * and writes it to FILE, or sends it to the configured printer. Prints one JSON line. Outside a
 * resident's session the only data is the built-in sample resident, so {@code --sample} is required.
 */
@Command(name = "print", mixinStandardHelpOptions = true,
    description = {"Lay out one printed document and write it to --out, or send it to the configured printer.",
        "DOC: application-summary, photo-sheet, phrase-cards, checklist, reissue-form, test-page."})
public final class PrintCommand implements Callable<Integer> {
    static final int BAD_INPUT = 2;
    static final int PRINTER_NOT_READY = 3;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Parameters(index = "0", paramLabel = "DOC", description = "Which document.")
    String doc;

    @Option(names = "--sample", description = "Use the built-in sample resident and photo.")
    boolean sample;

    @Option(names = "--lang", paramLabel = "CODE", description = "The resident's language, e.g. en, vi, ne, ja (default en).")
    String lang = "en";

    @Option(names = "--out", paramLabel = "FILE.pdf", description = "Write the PDF here instead of printing it.")
    Path out;

    @Option(names = "--bench", paramLabel = "N", description = "Benchmark: lay the document out N times after a "
        + "warm-up and add the median and 95th percentile (ms) and the PDF size to the JSON line.")
    int bench;

    @Override
    public Integer call() {
        Optional<Language> language = Language.byCode(lang);
        Messages messages = Messages.of(language.orElse(Language.ENGLISH));
        if (language.isEmpty()) {
            return fail(messages.text("print.error.unknownLanguage", lang,
                Arrays.stream(Language.values()).map(Language::code).collect(Collectors.joining(", "))), BAD_INPUT);
        }
        Optional<DocumentKind> kind = DocumentKind.byId(doc);
        if (kind.isEmpty()) {
            return fail(messages.text("print.error.unknownDocument", doc,
                Arrays.stream(DocumentKind.values()).map(DocumentKind::id).collect(Collectors.joining(", "))), BAD_INPUT);
        }
        if (!sample) {
            return fail(messages.text("print.error.needsSample"), BAD_INPUT);
        }
        Settings settings = config.settings();
        SampleSheets samples = new SampleSheets(KioskConfig.ruleBook(settings), KioskConfig.municipality(settings), LocalDate.now());
        long start = System.nanoTime();
        Rendered rendered = render(kind.get(), samples, language.get());
        double ms = (System.nanoTime() - start) / 1e6;
        String timing = bench > 0 ? Benchmark.of(bench, () -> render(kind.get(), samples, language.get())) : "";
        String where;
        if (out != null) {
            try {
                Files.write(out, rendered.pdf());
            } catch (IOException e) {
                return fail(messages.text("print.error.write", out, e.getMessage()), BAD_INPUT);
            }
            where = "\"file\": " + quoted(out.toString());
        } else {
            try (Printer printer = DeviceSetup.openPrinter(settings)) {
                where = "\"file\": null, \"printer\": " + quoted(printer.description()) + ", \"job\": "
                    + quoted(printer.print(new PrintJob(rendered.kind().id(), rendered.pdf())));
            } catch (DeviceUnavailableException e) {
                String condition = messages.text("condition." + e.status().condition());
                return fail(messages.text("print.error.printer", condition), PRINTER_NOT_READY);
            }
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "{\"doc\": %s, %s, \"form_id\": %s, \"pages\": %d, \"ms\": %.1f%s}%n",
            quoted(rendered.kind().id()), where, formId(rendered.kind()), rendered.pages(), ms, timing);
        spec.commandLine().getOut().flush();
        return 0;
    }

    static Rendered render(DocumentKind kind, SampleSheets samples, Language language) {
        return switch (kind) {
            case APPLICATION_SUMMARY -> Documents.applicationSummary(samples.summary(language));
            case PHOTO_SHEET -> Documents.photoSheet(samples.photoSheet(language));
            case PHRASE_CARDS -> Documents.phraseCards(samples.phraseCards(language));
            case CHECKLIST -> Documents.checklist(samples.checklist(language));
            case REISSUE_FORM -> Documents.reissueForm(samples.reissueForm(language));
            case TEST_PAGE -> Documents.testPage(samples.testPage(language));
        };
    }

    /** The form ID the document carries (the sample's), or null for documents without one. */
    private static String formId(DocumentKind kind) {
        return switch (kind) {
            case APPLICATION_SUMMARY -> quoted(SampleSheets.FORM_ID);
            case REISSUE_FORM -> quoted(SampleSheets.REISSUED_FORM_ID);
            default -> "null";
        };
    }

    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    private int fail(String message, int code) {
        spec.commandLine().getErr().println("kiosk print: " + jp.madoguchi.kiosk.text.Ruby.plain(message)); // no furigana notation on a terminal
        spec.commandLine().getErr().flush();
        return code;
    }
}
