package jp.madoguchi.kiosk.vision;

import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.imgproc.Imgproc;

/**
 * What covers the face, and where the eyes look, from the face mesh's landmarks. The resident's own
 * skin is the reference (patches on the forehead, under the eyes and on the cheeks, the
 * per-channel median so one or two covered patches do not move it):
 * <ul>
 * <li>{@code lowerFace}: how far from the skin's colour the lower face is, the larger of two
 * readings: the nose tip and the cheeks beside the nose (two of three off the skin: a mask), and the
 * chin, jaw and cheeks beside the mouth (four of five, counting only colours no beard has, so a
 * beard or stubble is not a scarf). The lips are left out: a smile shows teeth there.</li>
 * <li>{@code noseBase}: the contrast across the base of the nose ({@link NoseBase}); a mask over
 * the nose flattens it, whatever its colour.</li>
 * <li>{@code mouthLine}: how dark the line between the lips is ({@link MouthLine}); a hand or
 * cloth over the mouth hides it.</li>
 * <li>{@code eyes}: {@link EyeCover}: the brighter eye's white or the skin under it, over the skin's
 * light; dark lenses leave neither bright.</li>
 * <li>{@code head}: {@link HeadCover}: the share of the band at the hairline that is neither skin
 * nor hair.</li>
 * <li>{@code forehead}: {@link Forehead}: how high the forehead's skin reaches, and how even what hides the rest is.</li>
 * <li>{@code gaze}: {@link Gaze}, both eyes' mean.</li>
 * </ul>
 * A greyscale picture has no colour to tell cloth from skin: {@code lowerFace}, {@code head} and {@code forehead} are
 * not measured on it.
 */
final class Coverings {
    record Found(double head, double lowerFace, double noseBase, double mouthLine, double eyes, double eyeSurround,
                 double gaze, double balance, double lipContrast, Forehead.Reading forehead) {
        static final Found UNKNOWN = new Found(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, Double.NaN, Double.NaN, Forehead.Reading.UNKNOWN);
    }

    /**
     * The skin reference: middle of the forehead, under each eye, each cheek. A cap covers one of
     * them, a mask or sunglasses two, so the median of the five stays on skin.
     */
    static final int[] SKIN = {151, 118, 347, 50, 280};
    /** Skin no eyewear covers: the forehead's middle and sides, the cheeks beside the nostrils. */
    static final int[] EYE_SKIN = {151, 108, 337, 118, 347, 50, 280, 205, 425};
    /** The cheeks beside the nostrils: no eyewear or hat covers them. */
    static final int[] CHEEK_BESIDE_NOSE = {205, 425};
    /** Nose tip and the cheeks beside the nose: a mask covers them, a beard or a smile never does. */
    static final int[] NOSE_AREA = {4, 205, 425};
    /** Chin, jaw beside it, cheeks beside the mouth (not the lips, which a smile opens). */
    static final int[] CHIN_AREA = {199, 32, 262, 207, 427};
    /** Of the chin area's five, how many must be covered (in a colour no beard has) to count. */
    static final int CHIN_PATCHES = 4;
    /** Skin this close to grey (Cr and Cb off 128, summed) means a greyscale picture. */
    static final double MIN_SKIN_CHROMA = 4;

    /** Inside the lips' red: the upper lip's middle and either side of it, the lower lip's middle and sides. */
    static final int[] LIPS = {11, 72, 302, 15, 86, 316, 16, 85, 315};
    /** The skin round the mouth: above the upper lip, under the lower lip, beside each corner. */
    static final int[] ROUND_MOUTH = {164, 167, 393, 18, 83, 313, 57, 287};
    /** Weight of a difference in light between lips and skin (lips on dark skin may differ in light more than colour). */
    static final double LIP_LIGHT_WEIGHT = 0.5;

    private Coverings() {
    }

    /** The colour distance between the lips' median colour and that of the skin round the mouth. */
    static double lipContrast(MatScope s, Mat ycc, Rect head, FaceLandmarks m, double ie) {
        double[] lips = new Patches(s, ycc, head, 0.04 * ie).median(m, LIPS);
        double[] round = new Patches(s, ycc, head, 0.05 * ie).median(m, ROUND_MOUTH);
        return Math.hypot(Math.hypot(lips[1] - round[1], lips[2] - round[2]), LIP_LIGHT_WEIGHT * (lips[0] - round[0]));
    }

    static Found measure(MatScope s, Mat bgr, Mat grey, FaceGeometry g, double crownY, double sharpness) {
        FaceLandmarks m = g.mesh();
        double ie = Math.max(4, g.interEye());
        // one colour conversion over the head only, not the whole frame
        Rect head = MatScope.clip(MatScope.around(g.eyeX(), (Math.max(0, crownY) + g.chinY()) / 2, 3.2 * ie,
            g.chinY() - Math.max(0, crownY) + ie), bgr.cols(), bgr.rows());
        Mat ycc = s.mat();
        Imgproc.cvtColor(s.sub(bgr, head), ycc, Imgproc.COLOR_BGR2YCrCb);
        Patches p = new Patches(s, ycc, head, 0.09 * ie);
        double[] skin = p.median(m, SKIN);
        boolean colour = Math.abs(skin[1] - 128) + Math.abs(skin[2] - 128) >= MIN_SKIN_CHROMA;
        double lower = colour ? Math.max(p.meanOfFarthest(m, NOSE_AREA, skin, 2, false),
            p.meanOfFarthest(m, CHIN_AREA, skin, CHIN_PATCHES, true)) : Double.NaN;
        double eyes = Math.max(EyeCover.brightness(s, grey, m, FaceLandmarks.LEFT_EYE, ie, skin[0]),
            EyeCover.brightness(s, grey, m, FaceLandmarks.RIGHT_EYE, ie, skin[0]));
        double eyeSurround = EyeCover.surround(p, m, p.median(m, EYE_SKIN));
        boolean sharp = sharpness >= HeadCover.SHARP_ENOUGH;
        double headCover = colour ? HeadCover.share(s, bgr, m, ie, crownY, skin, sharp) : Double.NaN;
        // on a soft picture hair loses the strands that tell it from cloth
        Forehead.Reading forehead = colour && sharp ? Forehead.read(s, bgr, m, g.eyeY(), ie, skin,
            p.at(m.x(CHEEK_BESIDE_NOSE[0]), m.y(CHEEK_BESIDE_NOSE[0])),
            p.at(m.x(CHEEK_BESIDE_NOSE[1]), m.y(CHEEK_BESIDE_NOSE[1]))) : Forehead.Reading.UNKNOWN;
        double gaze = (Gaze.offset(s, grey, m, FaceLandmarks.LEFT_EYE) + Gaze.offset(s, grey, m, FaceLandmarks.RIGHT_EYE)) / 2;
        return new Found(headCover, lower, NoseBase.contrast(s, grey, m, skin[0]), MouthLine.contrast(s, grey, m, skin[0]),
            eyes, eyeSurround, gaze, LightBalance.of(p, m),
            colour ? lipContrast(s, ycc, head, m, ie) : Double.NaN, forehead);
    }
}
