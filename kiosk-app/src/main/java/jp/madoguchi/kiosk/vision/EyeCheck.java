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
 * eyes, run on each eye's patch (one eye distance wide, scaled to 80 x 56 and equalised). A closed
 * eye shows only lid and lashes and is not found. On the developer set no compliant photo lost
 * both eyes, and three of the four closed-eye photos did.
 */
final class EyeCheck {
    static final String CASCADE = "haarcascade_eye.xml";
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

    int openEyes(MatScope s, Mat grey, FaceDetection f) {
        double ie = Math.max(4, f.interEye());
        int open = 0;
        for (FaceDetection.Point p : new FaceDetection.Point[] {f.leftEye(), f.rightEye()}) {
            Mat patch = s.sub(grey, new Rect((int) (p.x() - 0.5 * ie), (int) (p.y() - 0.35 * ie), (int) ie,
                (int) (0.7 * ie)));
            Mat scaled = s.mat();
            Imgproc.resize(patch, scaled, new Size(80, 56));
            Imgproc.equalizeHist(scaled, scaled);
            MatOfRect found = new MatOfRect();
            s.keep(found);
            eyes.detectMultiScale(scaled, found, 1.05, 3, 0, new Size(20, 20), new Size());
            open += found.empty() ? 0 : 1;
        }
        return open;
    }
}
