package jp.madoguchi.kiosk.ui.model;

import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.kiosk.flow.PhotoReport;
import jp.madoguchi.rules.photo.PhotoMeasurements;
import jp.madoguchi.rules.photo.PhotoReason;

/**
 * Where to mark a refused photo's problem, in the photo's pixels: the frame lines (crown, eye
 * line, chin, centre) for framing and pose, the top of the head for a head covering, the eye
 * region for eyes, gaze, sunglasses, glasses and glare, the lower face (nose to chin) for a mask,
 * the background beside the head for the background, the face for light and expression.
 */
public final class PhotoMarks {
    public enum Kind { LINE, EYES, BACKGROUND, FACE, HEAD_TOP, LOWER_FACE }

    /** A rectangle (a line when one side is 0) to draw on the photo. */
    public record Mark(Kind kind, double x, double y, double width, double height) {
    }

    private PhotoMarks() {
    }

    public static List<Mark> of(PhotoReport report, PhotoReason reason) {
        PhotoMeasurements m = report.measurements();
        List<Mark> out = new ArrayList<>();
        if (m.faces() == 0 || Double.isNaN(m.interEyePx())) {
            return out;
        }
        double ie = m.interEyePx();
        double half = m.headWidth() / 2;
        double top = Math.max(0, m.crownY());
        switch (reason) {
            case FACE_TOO_SMALL, FACE_TOO_LARGE, OFF_CENTRE, LOW_RESOLUTION, HEAD_TILTED, HEAD_TURNED -> {
                out.add(new Mark(Kind.LINE, 0, top, m.imageWidth(), 0));
                out.add(new Mark(Kind.LINE, 0, m.eyeLineY(), m.imageWidth(), 0));
                out.add(new Mark(Kind.LINE, 0, Math.min(m.imageHeight(), m.chinY()), m.imageWidth(), 0));
                out.add(new Mark(Kind.LINE, m.faceCentreX(), 0, 0, m.imageHeight()));
            }
            case HEAD_COVERING -> out.add(new Mark(Kind.HEAD_TOP, m.faceCentreX() - half, top, 2 * half,
                Math.max(1, m.eyeLineY() - 0.45 * ie - top)));
            case FACE_COVERED -> {
                double eyeChin = m.chinY() - m.eyeLineY();
                double y = m.eyeLineY() + 0.3 * eyeChin;
                out.add(new Mark(Kind.LOWER_FACE, m.faceCentreX() - 0.9 * ie, y, 1.8 * ie,
                    Math.min(m.imageHeight(), m.chinY() + 0.05 * eyeChin) - y));
            }
            case EYES_CLOSED, EYES_COVERED, GLASSES, GLARE, NOT_FRONTAL_GAZE ->
                out.add(new Mark(Kind.EYES, m.faceCentreX() - ie, m.eyeLineY() - 0.4 * ie, 2 * ie, 0.8 * ie));
            case BUSY_BACKGROUND, DARK_BACKGROUND -> {
                double left = Math.max(0, m.faceCentreX() - half * 1.3);
                double right = Math.min(m.imageWidth(), m.faceCentreX() + half * 1.3);
                double bottom = Math.min(m.imageHeight(), m.chinY());
                out.add(new Mark(Kind.BACKGROUND, 0, 0, left, bottom));
                out.add(new Mark(Kind.BACKGROUND, right, 0, m.imageWidth() - right, bottom));
            }
            default -> out.add(new Mark(Kind.FACE, m.faceCentreX() - half, top, 2 * half,
                Math.min(m.imageHeight(), m.chinY()) - top));
        }
        return out;
    }
}
