package jp.madoguchi.kiosk.app;

import javax.imageio.ImageIO;
import jp.madoguchi.kiosk.cli.KioskCommand;
import picocli.CommandLine;

/** Entry point of ./kiosk. Not a JavaFX Application subclass, so JavaFX can sit on the class path. */
public final class Main {
    /** Exit status for a configuration or input mistake (as picocli's own for a bad option). */
    public static final int BAD_INPUT = 2;

    private Main() {
    }

    public static void main(String[] args) {
        keepImagesOffDisk();
        int status;
        try {
            status = commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            // every input is read within limits; this is the last guard against a stack trace
            System.err.println("kiosk: out of memory (" + e.getMessage() + "); the input is too large for this machine");
            status = BAD_INPUT;
        }
        System.exit(status);
    }

    /**
     * javax.imageio's stream cache copies every image read from or written to a stream into a
     * temporary file (PDFBox's JPEG embedding goes through it too): photos and form images must
     * not reach the disk, so it works in memory. Set once per process, first thing.
     */
    public static void keepImagesOffDisk() {
        ImageIO.setUseCache(false);
    }

    /**
     * The command line as ./kiosk runs it. Configuration mistakes are the common case: one clear
     * line and exit 2, never a stack trace.
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new KioskCommand());
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("kiosk: " + (e.getMessage() == null ? e.getClass().getName() : e.getMessage()));
            line.getErr().flush();
            return BAD_INPUT;
        });
        return cli;
    }
}
