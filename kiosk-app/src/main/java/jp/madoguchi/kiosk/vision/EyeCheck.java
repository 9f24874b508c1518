package jp.madoguchi.kiosk.vision;

import java.nio.file.Path;
import org.opencv.core.Mat;
import org.opencv.core.MatOfRect;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.opencv.objdetect.CascadeClassifier;

/**
 * Counts the eyes that look open: OpenCV's Haar eye cascade (Debian opencv-data), trained on open
 * eyes, run once over a strip holding both eyes (scaled to 56 px per eye distance and equalised). A closed
 * eye shows only lid and lashes and is not found. On the developer set no compliant photo lost
 * both eyes, and three of the four closed-eye photos did.
 */
final class EyeCheck {
    static final String CASCADE = "haarcascade_eye.xml";
    static final double SCALE = 56;
    private final CascadeClassifier eyes;

    private EyeCheck(CascadeClassifier eyes) {
        this.eyes = eyes;
    }

    /** The check, or null when opencv-data is not installed (then eyes are not judged). */
    static EyeCheck installed() {
        return ModelFiles.cascade(CASCADE).map(EyeCheck::load).orElse(null);
    }

    static EyeCheck load(Path file) {
        CascadeClassifier c = new CascadeClassifier(file.toString());
        if (c.empty()) {
            throw new IllegalStateException("cannot load cascade " + file);
        }
        return new EyeCheck(c);
    }

    int openEyes(MatScope s, Mat grey, FaceGeometry f) {
        double ie = Math.max(4, f.interEye());
        double cx = f.eyeX();
        double cy = f.eyeY();
        // one pass over a strip holding both eyes (2 eye distances by 0.7), at 56 px per eye distance
        Rect strip = MatScope.clip(MatScope.around(cx, cy, 2 * ie, 0.7 * ie), grey.cols(), grey.rows());
        Mat patch = s.sub(grey, strip);
        double k = SCALE / ie;
        Mat scaled = s.mat();
        Imgproc.resize(patch, scaled, new Size(Math.max(1, patch.cols() * k), Math.max(1, patch.rows() * k)));
        Imgproc.equalizeHist(scaled, scaled);
        MatOfRect found = new MatOfRect();
        s.keep(found);
        eyes.detectMultiScale(scaled, found, 1.1, 2, 0, new Size(18, 18), new Size(40, 40));
        boolean left = false;
        boolean right = false;
        double split = (cx - strip.x) * k;
        for (Rect r : found.toArray()) {
            double mid = r.x + r.width / 2.0;
            left |= mid < split;
            right |= mid >= split;
        }
        return (left ? 1 : 0) + (right ? 1 : 0);
    }
}
