package jp.madoguchi.kiosk.app;

import jp.madoguchi.kiosk.cli.KioskCommand;
import picocli.CommandLine;

/** Entry point of ./kiosk. Not a JavaFX Application subclass, so JavaFX can sit on the class path. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new KioskCommand());
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            // Configuration mistakes are the common case: one clear line, not a stack trace.
            line.getErr().println("kiosk: " + e.getMessage());
            return 2;
        });
        System.exit(cli.execute(args));
    }
}
