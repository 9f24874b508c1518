package jp.madoguchi.kiosk.submit;

/**
 * The outbox could not keep an application (disk full, folder not writable, key file unusable).
 * Nothing was stored: the resident must not be told it was. The message names no personal data.
 */
public class OutboxException extends Exception {
    private static final long serialVersionUID = 1L;

    public OutboxException(String message, Throwable cause) {
        super(message, cause);
    }

    public OutboxException(String message) {
        super(message);
    }
}
