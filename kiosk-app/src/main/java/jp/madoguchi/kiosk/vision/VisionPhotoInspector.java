package jp.madoguchi.kiosk.vision;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import jp.madoguchi.kiosk.flow.PhotoInspector;
import jp.madoguchi.kiosk.flow.PhotoReport;
import jp.madoguchi.rules.photo.CropBox;
import jp.madoguchi.rules.photo.PhotoJudge;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

/**
 * The kiosk's photo inspector: camera frames (AWT images) into OpenCV, the face analysis, and the
 * rules' verdict in the kiosk's mode (after its own crop). Calls are serialised because the
 * analyser keeps one network; the live view drops frames rather than queueing behind it.
 */
public final class VisionPhotoInspector implements PhotoInspector, AutoCloseable {
    private final FaceAnalyser analyser;
    private final PhotoJudge judge;

    public VisionPhotoInspector(FaceAnalyser analyser, PhotoJudge judge) {
        this.analyser = analyser;
        this.judge = judge;
    }

    @Override
    public synchronized PhotoReport inspect(BufferedImage frame) {
        Mat bgr = toMat(frame);
        try {
            FaceAnalyser.Analysis a = analyser.analyse(bgr);
            PhotoJudge.Judgement j = judge.judge(a.measurements(), false);
            return new PhotoReport(j.verdict(), a.measurements(), j.crop());
        } finally {
            bgr.release();
        }
    }

    @Override
    public byte[] encode(BufferedImage frame, CropBox crop) {
        Mat bgr = toMat(frame);
        try {
            return PhotoJpeg.encode(bgr, crop);
        } finally {
            bgr.release();
        }
    }

    /** Copies an image into a new 8-bit BGR Mat (the caller releases it). */
    static Mat toMat(BufferedImage image) {
        OpenCvRuntime.load();
        BufferedImage bgr = image;
        if (image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
            bgr = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
            bgr.getGraphics().drawImage(image, 0, 0, null);
        }
        byte[] pixels = ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
        Mat mat = new Mat(bgr.getHeight(), bgr.getWidth(), CvType.CV_8UC3);
        mat.put(0, 0, pixels);
        return mat;
    }

    @Override
    public void close() {
        analyser.close();
    }
}
