package jp.madoguchi.kiosk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import jp.madoguchi.devices.spi.Settings;
import jp.madoguchi.kiosk.app.KioskConfig;
import jp.madoguchi.rules.advice.AdviceService;
import jp.madoguchi.rules.advice.SituationException;
import jp.madoguchi.kiosk.files.UserFileException;
import jp.madoguchi.kiosk.files.UserFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ./kiosk advise [--today YYYY-MM-DD] [FILE|-]}: a resident's situation as JSON in, the
 * rules engine's verdict as one JSON object out. Bad input exits 2 with a message naming the
 * field, and nothing on stdout.
 */
@Command(name = "advise", mixinStandardHelpOptions = true,
    description = {"Read a resident's situation as JSON (FILE, or - / nothing for standard input) and print the verdict.",
        "The new card's dates assume it is issued on --today."})
public final class AdviseCommand implements Callable<Integer> {
    static final int BAD_INPUT = 2;
    /** A resident's situation is a few hundred bytes; far more is a mistake (or /dev/zero), refused unread. */
    static final long MAX_INPUT = 4L * 1024 * 1024;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "The issue date to assume (default: today).")
    LocalDate today;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Situation JSON file; - or absent reads standard input.")
    String file;

    @Override
    public Integer call() {
        Settings settings = config.settings();
        String input;
        try {
            input = read();
        } catch (UserFileException e) {
            return fail(e.getMessage());
        }
        AdviceService advice = new AdviceService(KioskConfig.ruleBook(settings), KioskConfig.municipality(settings));
        try {
            spec.commandLine().getOut().println(advice.adviseJson(input, today == null ? LocalDate.now() : today));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (SituationException e) {
            return fail(e.getMessage());
        }
    }

    private String read() throws UserFileException {
        if (file == null || file.equals("-")) {
            return UserFiles.readStandardInput(System.in, MAX_INPUT);
        }
        return UserFiles.readText(Path.of(file), MAX_INPUT);
    }

    private int fail(String message) {
        spec.commandLine().getErr().println("kiosk advise: " + message);
        spec.commandLine().getErr().flush();
        return BAD_INPUT;
    }
}
