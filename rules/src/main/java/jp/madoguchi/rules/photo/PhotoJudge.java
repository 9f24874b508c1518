package jp.madoguchi.rules.photo;

import static jp.madoguchi.rules.photo.Threshold.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Judges measurements against the photo spec. Reasons come in the order a resident fixes them:
 * who is in the picture, framing, pose, expression, eyes, then light and background. A measure
 * that could not be taken (NaN) is not held against the photo.
 */
public final class PhotoJudge {
    private final PhotoSpec spec;
    private final Framing framing;

    public PhotoJudge(PhotoSpec spec) {
        this.spec = spec;
        this.framing = new Framing(spec);
    }

    /** The verdict and, when the kiosk can make one, its 35:45 crop. */
    public record Judgement(PhotoVerdict verdict, Optional<CropBox> crop) {
    }

    /**
     * @param asIs false: judge as the kiosk would after its own crop (framing a crop fixes is no
     *             reason); true: judge the image exactly as given, framing included
     */
    public Judgement judge(PhotoMeasurements m, boolean asIs) {
        if (m.faces() == 0) {
            return new Judgement(PhotoVerdict.of(List.of(PhotoReason.NO_FACE)), Optional.empty());
        }
        List<PhotoReason> out = new ArrayList<>();
        if (m.faces() > 1) {
            out.add(PhotoReason.MULTIPLE_FACES);
        }
        Optional<CropBox> crop = framing.crop(m);
        if (asIs) {
            out.addAll(framing.asIs(m));
        } else if (crop.isEmpty()) {
            out.addAll(framing.whyNoCrop(m));
        }
        if (below(m.interEyePx(), MIN_INTER_EYE_PX)) {
            out.add(PhotoReason.LOW_RESOLUTION);
        }
        if (Math.abs(m.yawDeg()) > spec.get(MAX_YAW_DEG) || Math.abs(m.pitchDeg()) > spec.get(MAX_PITCH_DEG)) {
            out.add(PhotoReason.HEAD_TURNED);
        }
        if (Math.abs(m.rollDeg()) > spec.get(MAX_ROLL_DEG)) {
            out.add(PhotoReason.HEAD_TILTED);
        }
        if (above(m.mouthOpen(), MAX_MOUTH_OPEN)) {
            out.add(PhotoReason.SMILING_OR_MOUTH_OPEN);
        }
        if (below(m.eyesOpen(), MIN_OPEN_EYES)) {
            out.add(PhotoReason.EYES_CLOSED);
        }
        if (above(m.glassesEdges(), MAX_GLASSES_EDGES)) {
            out.add(PhotoReason.GLASSES);
        }
        if (above(m.glare(), MAX_GLARE) || above(m.redEye(), MAX_RED_EYE)) {
            out.add(PhotoReason.GLARE);
        }
        lightAndBackground(m, out);
        if (below(m.sharpness(), MIN_SHARPNESS)) {
            out.add(PhotoReason.BLURRY);
        }
        return new Judgement(PhotoVerdict.of(out), crop.filter(c -> out.stream().noneMatch(PhotoReason::framing)));
    }

    private void lightAndBackground(PhotoMeasurements m, List<PhotoReason> out) {
        if (below(m.lightBalance(), MIN_LIGHT_BALANCE)) {
            out.add(PhotoReason.SHADOW_ON_FACE);
        }
        boolean lightBackdrop = !below(m.backgroundLuma(), LIGHT_BACKGROUND_LUMA);
        if (below(m.faceLuma(), DARK_FACE_LUMA) && !lightBackdrop) {
            out.add(PhotoReason.TOO_DARK);
        }
        if (above(m.faceClipped(), MAX_FACE_CLIPPED)) {
            out.add(PhotoReason.OVEREXPOSED);
        }
        if (above(m.backgroundEdges(), MAX_BACKGROUND_EDGES) || above(m.backgroundSpread(), MAX_BACKGROUND_SPREAD)) {
            out.add(PhotoReason.BUSY_BACKGROUND);
        }
        if (below(m.backgroundLuma(), MIN_BACKGROUND_LUMA)) {
            out.add(PhotoReason.DARK_BACKGROUND);
        }
    }

    /** The file rules for a submitted photo: format (baseline JPEG), colour (RGB), size in bytes, pixels. */
    public List<PhotoReason> fileReasons(PhotoFileFacts f) {
        List<PhotoReason> out = new ArrayList<>();
        if (!f.jpeg()) {
            out.add(PhotoReason.NOT_JPEG);
        } else {
            if (!f.baseline()) {
                out.add(PhotoReason.NOT_BASELINE);
            }
            if (f.cmyk()) {
                out.add(PhotoReason.CMYK);
            } else if (!f.rgb()) {
                out.add(PhotoReason.NOT_RGB);
            }
        }
        if (f.bytes() < spec.get(FILE_MIN_BYTES)) {
            out.add(PhotoReason.FILE_TOO_SMALL);
        } else if (f.bytes() > spec.get(FILE_MAX_BYTES)) {
            out.add(PhotoReason.FILE_TOO_LARGE);
        }
        if (Math.min(f.width(), f.height()) < spec.get(MIN_PIXELS) || Math.max(f.width(), f.height()) > spec.get(MAX_PIXELS)) {
            out.add(PhotoReason.PIXELS_OUT_OF_RANGE);
        }
        return out;
    }

    private boolean above(double value, Threshold t) {
        return !Double.isNaN(value) && value > spec.get(t);
    }

    private boolean below(double value, Threshold t) {
        return !Double.isNaN(value) && value < spec.get(t);
    }

    public PhotoSpec spec() {
        return spec;
    }
}
