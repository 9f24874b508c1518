package jp.madoguchi.rules.photo;

import static jp.madoguchi.rules.photo.Threshold.CENTRE_TOLERANCE_MM;
import static jp.madoguchi.rules.photo.Threshold.CROWN_MARGIN_MAX_MM;
import static jp.madoguchi.rules.photo.Threshold.CROWN_MARGIN_MIN_MM;
import static jp.madoguchi.rules.photo.Threshold.EYE_LINE_MAX_SHARE;
import static jp.madoguchi.rules.photo.Threshold.EYE_LINE_MIN_SHARE;
import static jp.madoguchi.rules.photo.Threshold.FRAME_HEIGHT_MM;
import static jp.madoguchi.rules.photo.Threshold.FRAME_WIDTH_MM;
import static jp.madoguchi.rules.photo.Threshold.HEAD_LENGTH_MAX_MM;
import static jp.madoguchi.rules.photo.Threshold.HEAD_LENGTH_MIN_MM;
import static jp.madoguchi.rules.photo.Threshold.HEAD_WIDTH_MAX_SHARE;
import static jp.madoguchi.rules.photo.Threshold.HEAD_WIDTH_MIN_SHARE;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Framing on the 45 x 35 mm frame: the kiosk's own crop (head 32-36 mm crown to chin, crown 2-6 mm
 * below the top edge, face centred within the tolerance), and the same rules applied to an image
 * as it is. The crop never reaches outside the image: padding would be editing the photo.
 */
public final class Framing {
    /**
     * How far a crop may overshoot the image (bottom or width), as a share of its height, and be
     * trimmed rather than refused: the head's length is estimated to about 2 % (the crown on a
     * backdrop to a row or two, the mesh's chin to about 1 %). On the developer photos the tight
     * frames labelled compliant need at most 1.7 % more width, those labelled too large 5.7 % and more.
     */
    static final double CHIN_SLACK = 0.02;
    private final PhotoSpec spec;

    public Framing(PhotoSpec spec) {
        this.spec = spec;
    }

    /**
     * The best crop inside the image: head length and crown margin as near the middle of their
     * ranges as the image allows, searched from the middle outwards. Empty when none fits.
     */
    public Optional<CropBox> crop(PhotoMeasurements m) {
        double frameH = spec.get(FRAME_HEIGHT_MM);
        double head = m.headLength();
        if (m.faces() == 0 || !(head > 0)) {
            return Optional.empty();
        }
        for (double mm : middleOut(spec.get(HEAD_LENGTH_MIN_MM), spec.get(HEAD_LENGTH_MAX_MM))) {
            double h = head * frameH / mm;
            double w = h * spec.get(FRAME_WIDTH_MM) / frameH;
            double pxPerMm = h / frameH;
            for (double margin : middleOut(spec.get(CROWN_MARGIN_MIN_MM), spec.get(CROWN_MARGIN_MAX_MM))) {
                double top = m.crownY() - margin * pxPerMm;
                double left = m.faceCentreX() - w / 2;
                double shifted = Math.max(0, Math.min(m.imageWidth() - w, left));
                boolean centred = Math.abs(shifted - left) <= spec.get(CENTRE_TOLERANCE_MM) * pxPerMm;
                // a crop that overshoots the bottom or the width by no more than the estimate's error is
                // trimmed rather than refused
                double slack = CHIN_SLACK * h;
                if (top >= 0 && top + h <= m.imageHeight() + slack && w <= m.imageWidth() + slack && centred) {
                    int height = (int) Math.min(m.imageHeight() - Math.round(top), Math.round(h));
                    int width = (int) Math.min(m.imageWidth(), Math.round(height * spec.get(FRAME_WIDTH_MM) / frameH));
                    int x = (int) Math.max(0, Math.min(m.imageWidth() - width, Math.round(shifted)));
                    return Optional.of(new CropBox(x, (int) Math.round(top), width, height));
                }
            }
        }
        return Optional.empty();
    }

    /** Why no crop fits: the head is too big or too near an edge for a 35:45 frame around it. */
    public List<PhotoReason> whyNoCrop(PhotoMeasurements m) {
        double frameH = spec.get(FRAME_HEIGHT_MM);
        double smallest = m.headLength() * frameH / spec.get(HEAD_LENGTH_MAX_MM);
        double room = m.crownY() - spec.get(CROWN_MARGIN_MIN_MM) * smallest / frameH;
        if (smallest > m.imageHeight() || room < 0
            || smallest * spec.get(FRAME_WIDTH_MM) / frameH > m.imageWidth()) {
            return List.of(PhotoReason.FACE_TOO_LARGE);
        }
        return List.of(PhotoReason.OFF_CENTRE);
    }

    /** The framing rules on the image exactly as given (staff checking a resident's own file). */
    public List<PhotoReason> asIs(PhotoMeasurements m) {
        List<PhotoReason> out = new ArrayList<>();
        double frameH = spec.get(FRAME_HEIGHT_MM);
        double h = m.imageHeight();
        double headMm = m.headLength() / h * frameH;
        double marginMm = m.crownY() / h * frameH;
        if (headMm > spec.get(HEAD_LENGTH_MAX_MM) || marginMm < spec.get(CROWN_MARGIN_MIN_MM)
            || m.headWidth() / m.imageWidth() > spec.get(HEAD_WIDTH_MAX_SHARE)) {
            out.add(PhotoReason.FACE_TOO_LARGE);
        } else if (headMm < spec.get(HEAD_LENGTH_MIN_MM) || m.headWidth() / m.imageWidth() < spec.get(HEAD_WIDTH_MIN_SHARE)) {
            out.add(PhotoReason.FACE_TOO_SMALL);
        }
        double offMm = Math.abs(m.faceCentreX() - m.imageWidth() / 2.0) / m.imageWidth() * spec.get(FRAME_WIDTH_MM);
        double eyeShare = m.eyeLineY() / h;
        if (offMm > spec.get(CENTRE_TOLERANCE_MM) || marginMm > spec.get(CROWN_MARGIN_MAX_MM)
            || eyeShare < spec.get(EYE_LINE_MIN_SHARE) || eyeShare > spec.get(EYE_LINE_MAX_SHARE)) {
            out.add(PhotoReason.OFF_CENTRE);
        }
        return out;
    }

    /** The middle of a range first, then alternately below and above it, in quarter-millimetre steps. */
    static double[] middleOut(double min, double max) {
        int steps = (int) Math.round((max - min) * 4);
        double mid = (min + max) / 2;
        double[] out = new double[steps + 1];
        for (int i = 0; i <= steps; i++) {
            int k = (i + 1) / 2;
            out[i] = mid + (i % 2 == 1 ? -k : k) * 0.25;
        }
        return out;
    }
}
