package jp.madoguchi.kiosk.vision;

import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.imgproc.Imgproc;

/**
 * What covers the face, and where the eyes look, from the face mesh's landmarks. The resident's own
 * skin is the reference (patches on the forehead and under the eyes, the per-channel median so one
 * covered patch does not move it); each measure is how far a part of the face is from it:
 * <ul>
 * <li>{@code lowerFace}: the nose tip, the upper lip, the chin and the lower cheeks (a mask, a
 * scarf or a hand over them) — the mean colour distance of the four of those six patches farthest
 * from the skin, so a moustache or one shadowed patch does not count, most of the lower face does.</li>
 * <li>{@code eyes}: brightness of each eye's brightest part (the white of the eye) and of the skin
 * just under it, over the skin's; dark lenses leave neither bright. The brighter eye counts.</li>
 * <li>{@code head}: the forehead band up to the hairline and the head above it, the share that is
 * neither skin nor a hair colour (dark, greyish or brown-to-blond).</li>
 * <li>{@code gaze}: where the iris sits between the eye corners, -1 to 1 along the eye, both eyes'
 * mean (0 looks into the camera).</li>
 * </ul>
 */
final class Coverings {
    record Found(double head, double lowerFace, double eyes, double gaze) {
        static final Found UNKNOWN = new Found(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    /**
     * The skin reference: middle of the forehead, under each eye, each cheek. A cap covers one of
     * them, a mask or sunglasses two, so the median of the five stays on skin.
     */
    static final int[] SKIN = {151, 118, 347, 50, 280};
    /** Nose tip, between nose and lip, chin, lower cheeks beside the mouth. */
    static final int[] LOWER_FACE = {4, 164, 199, 205, 425, 18};
    /** Of those six, how many must be off the skin for the lower face to count as covered. */
    static final int COVERED_PATCHES = 4;
    /** Skin this close to grey (Cr and Cb off 128, summed) means a greyscale picture. */
    static final double MIN_SKIN_CHROMA = 4;

    private Coverings() {
    }

    static Found measure(MatScope s, Mat bgr, Mat grey, FaceGeometry g, double crownY) {
        FaceLandmarks m = g.mesh();
        double ie = Math.max(4, g.interEye());
        // one colour conversion over the head only, not the whole frame
        Rect head = MatScope.clip(MatScope.around(g.eyeX(), (Math.max(0, crownY) + g.chinY()) / 2, 3.2 * ie,
            g.chinY() - Math.max(0, crownY) + ie), bgr.cols(), bgr.rows());
        Mat ycc = s.mat();
        Imgproc.cvtColor(s.sub(bgr, head), ycc, Imgproc.COLOR_BGR2YCrCb);
        Patches p = new Patches(s, ycc, head, 0.09 * ie);
        double[] skin = p.median(m, SKIN);
        // a black-and-white picture has no colour to tell cloth from skin: those two are not measured
        boolean colour = Math.abs(skin[1] - 128) + Math.abs(skin[2] - 128) >= MIN_SKIN_CHROMA;
        double lower = colour ? p.meanOfFarthest(m, LOWER_FACE, skin, COVERED_PATCHES) : Double.NaN;
        double eyes = Math.max(EyeCover.brightness(s, grey, m, FaceLandmarks.LEFT_EYE, ie, skin[0]),
            EyeCover.brightness(s, grey, m, FaceLandmarks.RIGHT_EYE, ie, skin[0]));
        double headCover = colour ? HeadCover.share(s, bgr, m, ie, crownY, skin) : Double.NaN;
        double gaze = (Gaze.offset(s, grey, m, FaceLandmarks.LEFT_EYE) + Gaze.offset(s, grey, m, FaceLandmarks.RIGHT_EYE)) / 2;
        return new Found(headCover, lower, eyes, gaze);
    }
}
