package jp.madoguchi.kiosk.images;

/**
 * An image file that is there and readable but must not be decoded or judged, with a stable
 * code for JSON output and a message in plain words: {@link #UNREADABLE} (not an image, or one
 * this kiosk does not read), {@link #TRUNCATED} (cut short or damaged), {@link #TOO_LARGE}
 * (more pixels than the limit).
 */
public class UnreadableImageException extends Exception {
    public static final String UNREADABLE = "unreadable_image";
    public static final String TRUNCATED = "truncated_image";
    public static final String TOO_LARGE = "image_too_large";
    private static final long serialVersionUID = 1L;

    private final String code;

    public UnreadableImageException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A stable reason for JSON output, e.g. "truncated_image". */
    public String code() {
        return code;
    }

    static UnreadableImageException truncated(String format) {
        return new UnreadableImageException(TRUNCATED, "the " + format + " file ends before its image does (cut short, "
            + "e.g. an interrupted copy or download)");
    }

    static UnreadableImageException damaged(String format, String what) {
        return new UnreadableImageException(TRUNCATED, "the " + format + " file is damaged (" + what + ")");
    }
}
