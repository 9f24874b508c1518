package jp.madoguchi.kiosk.scenario;

/** A scenario file that cannot be run as written: the file, the line and what is wrong, in plain words. */
public final class ScenarioException extends RuntimeException {
    private final String file;
    private final int line;

    public ScenarioException(String file, int line, String problem) {
        super(file + " line " + line + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
