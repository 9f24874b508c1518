package jp.madoguchi.rules.photo;

import static jp.madoguchi.rules.photo.Threshold.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Judges measurements against the photo spec. Reasons come in the order a resident fixes them:
 * who is in the picture, what covers the head, face or eyes, framing, focus, expression, pose, then
 * the light (too little, from one side), gaze, eyes, then the rest of the light and the background. A part that is covered is not judged for what the covering hides (a mask
 * is not "mouth open", sunglasses are not "eyes closed"). The fine measures (the nostrils, the line
 * between the lips, the irises) are read only on a face that is sharp, lit and large enough: blur,
 * darkness and a few pixels wash them out, so such a photo is told about its focus, light or size,
 * not about a mask or the eyes' direction it may not have. A measure that could not be taken (NaN) is not held against the photo.
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
        boolean blurry = below(m.sharpness(), MIN_SHARPNESS);
        boolean tooDark = below(m.faceLuma(), DARK_FACE_LUMA) && below(m.backgroundLuma(), LIGHT_BACKGROUND_LUMA);
        boolean shadow = below(m.lightBalance(), MIN_LIGHT_BALANCE);
        boolean fine = !blurry && !tooDark && !below(m.interEyePx(), MIN_DETAIL_INTER_EYE_PX);
        boolean smiling = above(m.mouthOpen(), MAX_MOUTH_OPEN) || above(m.mouthWidth(), MAX_MOUTH_WIDTH);
        Covered covered = covered(m, fine, smiling);
        addIf(out, covered.head(), PhotoReason.HEAD_COVERING);
        addIf(out, covered.face(), PhotoReason.FACE_COVERED);
        addIf(out, covered.eyes(), PhotoReason.EYES_COVERED);
        Optional<CropBox> crop = framing.crop(m);
        if (asIs) {
            out.addAll(framing.asIs(m));
        } else if (crop.isEmpty() && !covered.head()) {
            // a covering's top is the crown a crop is made from: framing is judged again without it
            out.addAll(framing.whyNoCrop(m));
        }
        // a soft picture is told first: on it even the mesh's pose wanders (soft copies of frontal photos read
        // yaws past 5 degrees)
        addIf(out, blurry, PhotoReason.BLURRY);
        // what is covered cannot be judged: no "close your mouth" over a mask, no "open your eyes" behind dark
        // lenses. A smile comes before pose because it bends the face the pose is fitted to; the mouth's width
        // and teeth, and the pose fitted to the whole mesh, hold on a dark or half-shaded face, the finer
        // reasons after the light's do not
        addIf(out, !covered.face() && smiling, PhotoReason.SMILING_OR_MOUTH_OPEN);
        addIf(out, Math.abs(m.yawDeg()) > spec.get(MAX_YAW_DEG) || Math.abs(m.pitchDeg()) > spec.get(MAX_PITCH_DEG),
            PhotoReason.HEAD_TURNED);
        addIf(out, Math.abs(m.rollDeg()) > spec.get(MAX_ROLL_DEG), PhotoReason.HEAD_TILTED);
        addIf(out, tooDark, PhotoReason.TOO_DARK);
        addIf(out, shadow, PhotoReason.SHADOW_ON_FACE);
        // the irises are found by their darkness: not on a soft, dark, small or half-shaded face
        addIf(out, fine && !shadow && !covered.eyes() && above(Math.abs(m.gaze()), MAX_GAZE_OFFSET),
            PhotoReason.NOT_FRONTAL_GAZE);
        addIf(out, !covered.eyes() && below(m.eyesOpen(), MIN_OPEN_EYES), PhotoReason.EYES_CLOSED);
        addIf(out, !covered.eyes() && above(m.glassesEdges(), MAX_GLASSES_EDGES), PhotoReason.GLASSES);
        addIf(out, !covered.eyes() && (above(m.glare(), MAX_GLARE) || above(m.redEye(), MAX_RED_EYE)), PhotoReason.GLARE);
        addIf(out, below(m.interEyePx(), MIN_INTER_EYE_PX), PhotoReason.LOW_RESOLUTION);
        addIf(out, above(m.faceClipped(), MAX_FACE_CLIPPED), PhotoReason.OVEREXPOSED);
        addIf(out, above(m.backgroundEdges(), MAX_BACKGROUND_EDGES) || above(m.backgroundSpread(), MAX_BACKGROUND_SPREAD),
            PhotoReason.BUSY_BACKGROUND);
        addIf(out, below(m.backgroundLuma(), MIN_BACKGROUND_LUMA), PhotoReason.DARK_BACKGROUND);
        return new Judgement(PhotoVerdict.of(out), crop.filter(c -> out.stream().noneMatch(PhotoReason::framing)));
    }

    /** What covers the head, the lower face and the eyes. */
    private record Covered(boolean head, boolean face, boolean eyes) {
    }

    /**
     * Coverings are read off a face turned towards the camera (one turned far away is told to turn
     * first). The head: the band at the hairline neither skin nor hair, or the forehead hidden low
     * down by something even. The lower face: cloth off the skin's colour, or on a sharp, lit face ({@code fine}) a
     * nose base flattened by a mask, a mouth that is neither open nor smiling yet shows no line
     * between the lips, or lips no different from the skin round them whose line is faint too (a
     * hand or a mask in the skin's colour; pale lips keep their line). The eyes: dark lenses darken
     * their surroundings; lighter ones, or any on dark skin, change their colour both above and below
     * the eye (a brow's shadow or a dark circle changes one), and then the open-eye detector does not
     * find both eyes.
     */
    private Covered covered(PhotoMeasurements m, boolean fine, boolean smiling) {
        boolean facing = !(Math.abs(m.yawDeg()) > spec.get(MAX_YAW_FOR_COVERINGS_DEG));
        boolean face = above(m.lowerFaceCover(), MAX_LOWER_FACE_COVER)
            || fine && (below(m.noseBase(), MIN_NOSE_BASE) || below(m.mouthLine(), MIN_MOUTH_LINE) && !smiling
            || below(m.lipContrast(), MIN_LIP_CONTRAST) && below(m.mouthLine(), MIN_MOUTH_LINE_PALE_LIPS));
        boolean eyes = below(m.eyeBrightness(), MIN_EYE_BRIGHTNESS)
            || above(m.eyeSurround(), MAX_EYE_SURROUND) && !(m.eyesOpen() >= 2);
        // the band at the hairline neither skin nor hair; or the forehead hidden low down by something even
        // (a cap's brim, a knitted hat's cuff, a headscarf in a hair or neutral colour): a fringe that low shows
        // strands, but not on a soft, dark or small face, where hair looks even too
        boolean head = above(m.headCover(), MAX_HEAD_COVER)
            || fine && below(m.foreheadHeight(), MIN_FOREHEAD_HEIGHT) && below(m.foreheadCoverTexture(), MIN_HAIR_TEXTURE);
        return new Covered(facing && head, facing && face, facing && eyes);
    }

    private static void addIf(List<PhotoReason> out, boolean failed, PhotoReason reason) {
        if (failed) {
            out.add(reason);
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
