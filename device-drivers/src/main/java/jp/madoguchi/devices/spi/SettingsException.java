package jp.madoguchi.devices.spi;

/** A configuration value that cannot be used; the message names the key. */
public class SettingsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SettingsException(String key, String problem) {
        super("configuration key '" + key + "' " + problem);
    }

    /** A configuration problem that is not about one key (a file that cannot be read), in full words. */
    public SettingsException(String message) {
        super(message);
    }
}
