package jp.madoguchi.rules.photo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the face analysis measured on one image. Positions are image pixels (origin top-left);
 * a value that could not be measured is NaN. The analysis is in the kiosk's vision package; this
 * record is plain numbers so the rules stay free of any imaging library.
 *
 * @param faces         faces found anywhere in the image
 * @param crownY        top of the head (hair included); see {@code crownMeasured}
 * @param crownMeasured true when the crown was found on the background, false when estimated from the face
 * @param eyesOpen      eyes an open-eye detector finds (0, 1 or 2)
 * @param mouthOpen     share of the mouth box that is teeth or open-mouth darkness
 * @param glassesEdges  horizontal-edge strength across the nose bridge and under the eyes, relative to the face
 * @param glare         share of near-white pixels in the eye regions
 * @param backgroundLuma mean luminance 0..255 of the background beside and above the head
 * @param backgroundSpread standard deviation of that luminance
 * @param backgroundEdges share of edge pixels in that background
 * @param faceLuma      mean luminance of the inner face
 * @param faceClipped   share of the inner face at or near full white
 * @param lightBalance  darker over brighter half of the face (1 = even)
 * @param sharpness     variance of the Laplacian of the face scaled to a fixed size
 * @param redEye        share of strongly red pixels in the eye regions
 * @param headCover     share of the top of the head (crown to mid-forehead) that is neither skin nor hair
 * @param lowerFaceCover colour distance of the nose tip, lip and chin from the face's own skin
 * @param noseBase      contrast across the base of the nose (nostrils against the nose's wings) over the skin's light
 * @param mouthLine     how much darker the line between the lips is than the mouth around it, over the skin's light
 * @param eyeBrightness the brighter eye's white (or the skin under it) over the face's skin light
 * @param gaze          the irises' place between the eye corners, -1 to 1 (0 looks into the camera)
 * @param mouthWidth    the mouth's width, corner to corner, over the distance between the eyes (a smile widens it)
 * @param eyeSurround   how far from the face's skin colour the skin just above and below the eyes is (the nearer
 *                      of the two, and of the two eyes): dark or tinted lenses change it, eyelids do not
 * @param lipGap        how far apart the lips are (face mesh, inner lips at their middle) over the distance between
 *                      the eyes: 0 for a closed mouth, whatever a beard or the light does round it
 * @param lipContrast   how far the lips' colour is from the skin just round the mouth (above the upper lip, under
 *                      the lower, beside the corners): lips differ, in any skin colour; a hand or a mask in the
 *                      skin's colour over them does not (NaN on a greyscale picture)
 * @param foreheadHeight how high above the eye line the forehead's skin reaches, up its middle, in eye distances
 *                      (a brim, a knitted hat's cuff or a headscarf brings it down; NaN on a greyscale or soft picture)
 * @param foreheadCoverTexture the grey level's spread over its mean just above where the forehead's skin stops:
 *                      hair's strands and highlights make it rough, cloth is even
 */
public record PhotoMeasurements(
    int imageWidth, int imageHeight, int faces,
    double crownY, boolean crownMeasured, double chinY, double eyeLineY, double faceCentreX, double headWidth,
    double interEyePx, double rollDeg, double yawDeg, double pitchDeg,
    double eyesOpen, double mouthOpen, double glassesEdges, double glare,
    double backgroundLuma, double backgroundSpread, double backgroundEdges,
    double faceLuma, double faceClipped, double lightBalance, double sharpness, double redEye,
    double headCover, double lowerFaceCover, double noseBase, double mouthLine, double eyeBrightness, double gaze, double mouthWidth,
    double eyeSurround, double lipGap, double lipContrast, double foreheadHeight, double foreheadCoverTexture) {

    /** Measurements without the measures added after issue 15 (they are not known: NaN). */
    public PhotoMeasurements(int imageWidth, int imageHeight, int faces,
                             double crownY, boolean crownMeasured, double chinY, double eyeLineY, double faceCentreX,
                             double headWidth, double interEyePx, double rollDeg, double yawDeg, double pitchDeg,
                             double eyesOpen, double mouthOpen, double glassesEdges, double glare,
                             double backgroundLuma, double backgroundSpread, double backgroundEdges,
                             double faceLuma, double faceClipped, double lightBalance, double sharpness, double redEye,
                             double headCover, double lowerFaceCover, double noseBase, double mouthLine,
                             double eyeBrightness, double gaze, double mouthWidth) {
        this(imageWidth, imageHeight, faces, crownY, crownMeasured, chinY, eyeLineY, faceCentreX, headWidth, interEyePx,
            rollDeg, yawDeg, pitchDeg, eyesOpen, mouthOpen, glassesEdges, glare, backgroundLuma, backgroundSpread,
            backgroundEdges, faceLuma, faceClipped, lightBalance, sharpness, redEye, headCover, lowerFaceCover, noseBase,
            mouthLine, eyeBrightness, gaze, mouthWidth, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    /** An image with no face: only the size is known. */
    public static PhotoMeasurements noFace(int width, int height) {
        double n = Double.NaN;
        return new PhotoMeasurements(width, height, 0, n, false, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n,
            n, n, n, n, n, n, n, n, n, n, n, n, n, n, n);
    }

    public double headLength() {
        return chinY - crownY;
    }

    /** The measurements by their JSON names (snake case), NaN left out. */
    public Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("image_width", imageWidth);
        out.put("image_height", imageHeight);
        out.put("faces", faces);
        if (faces == 0) {
            return out;
        }
        put(out, "crown_y", crownY);
        out.put("crown_measured", crownMeasured);
        put(out, "chin_y", chinY);
        put(out, "eye_line_y", eyeLineY);
        put(out, "face_centre_x", faceCentreX);
        put(out, "head_width", headWidth);
        put(out, "inter_eye_px", interEyePx);
        put(out, "roll_deg", rollDeg);
        put(out, "yaw_deg", yawDeg);
        put(out, "pitch_deg", pitchDeg);
        put(out, "eyes_open", eyesOpen);
        put(out, "mouth_open", mouthOpen);
        put(out, "glasses_edges", glassesEdges);
        put(out, "glare", glare);
        put(out, "background_luma", backgroundLuma);
        put(out, "background_spread", backgroundSpread);
        put(out, "background_edges", backgroundEdges);
        put(out, "face_luma", faceLuma);
        put(out, "face_clipped", faceClipped);
        put(out, "light_balance", lightBalance);
        put(out, "sharpness", sharpness);
        put(out, "red_eye", redEye);
        put(out, "head_cover", headCover);
        put(out, "lower_face_cover", lowerFaceCover);
        put(out, "nose_base", noseBase);
        put(out, "mouth_line", mouthLine);
        put(out, "eye_brightness", eyeBrightness);
        put(out, "gaze", gaze);
        put(out, "mouth_width", mouthWidth);
        put(out, "eye_surround", eyeSurround);
        put(out, "lip_gap", lipGap);
        put(out, "lip_contrast", lipContrast);
        put(out, "forehead_height", foreheadHeight);
        put(out, "forehead_cover_texture", foreheadCoverTexture);
        return out;
    }

    private static void put(Map<String, Object> out, String name, double value) {
        if (!Double.isNaN(value)) {
            out.put(name, Math.round(value * 1000) / 1000.0);
        }
    }
}
