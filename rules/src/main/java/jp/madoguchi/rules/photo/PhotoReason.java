package jp.madoguchi.rules.photo;

import java.util.Locale;

/**
 * Why a photo is refused, in the vocabulary of the labelled photo sets ({@link #code()} is the
 * lower-case name). File-level reasons apply to a submitted file only.
 */
public enum PhotoReason {
    NO_FACE, MULTIPLE_FACES, HEAD_TURNED, HEAD_TILTED, NOT_FRONTAL_GAZE, SMILING_OR_MOUTH_OPEN, EYES_CLOSED,
    GLASSES, GLARE, BUSY_BACKGROUND, DARK_BACKGROUND, SHADOW_ON_FACE, TOO_DARK, OVEREXPOSED, BLURRY,
    FACE_TOO_SMALL, FACE_TOO_LARGE, OFF_CENTRE, HEAD_COVERING, FACE_COVERED, EYES_COVERED, LOW_RESOLUTION,
    NOT_JPEG, CMYK, FILE_TOO_SMALL, FILE_TOO_LARGE, PIXELS_OUT_OF_RANGE,
    /** A progressive (or other non-baseline) JPEG: the file rule is "baseline JPEG". */
    NOT_BASELINE,
    /** A JPEG with one colour channel: greyscale content must be stored as RGB. */
    NOT_RGB;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PhotoReason fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }

    /** A problem of framing, which the kiosk's own crop can fix when the head fits the frame. */
    public boolean framing() {
        return this == FACE_TOO_SMALL || this == FACE_TOO_LARGE || this == OFF_CENTRE;
    }
}
