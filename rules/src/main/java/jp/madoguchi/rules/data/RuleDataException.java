package jp.madoguchi.rules.data;

/**
 * Rule data that cannot be trusted: a data file that is missing, malformed or has a bad field, or
 * a configuration override with an unknown key or a bad value. Thrown at start-up, never later, so
 * a kiosk with wrong figures never opens its doors.
 */
public final class RuleDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String field;
    private final String overrideKey;

    public RuleDataException(String file, String field, String problem, String overrideKey) {
        super(message(file, field, problem, overrideKey));
        this.file = file;
        this.field = field;
        this.overrideKey = overrideKey;
    }

    /** The data file, e.g. {@code fees.json}. */
    public String file() {
        return file;
    }

    /** The dotted field path inside the file, or null when the whole file is at fault. */
    public String field() {
        return field;
    }

    /** The configuration key that set the bad value, or null when the shipped data is at fault. */
    public String overrideKey() {
        return overrideKey;
    }

    private static String message(String file, String field, String problem, String overrideKey) {
        StringBuilder out = new StringBuilder("rule data ").append(file);
        if (field != null) {
            out.append(", field '").append(field).append('\'');
        }
        out.append(": ").append(problem);
        if (overrideKey != null) {
            out.append(" (set by configuration key '").append(overrideKey).append("')");
        }
        return out.toString();
    }
}
