package jp.madoguchi.kiosk.vision.bench;

import java.nio.file.Path;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

/**
 * Camera-like frames made from one portrait: the photo scaled to the frame height and centred on a
 * light grey canvas, as a booth camera sees a resident in front of the backdrop.
 */
final class BenchFrames implements AutoCloseable {
    record Frame(String name, Mat bgr) {
    }

    private final List<Frame> frames;

    private BenchFrames(List<Frame> frames) {
        this.frames = frames;
    }

    static BenchFrames of(Path photo) {
        Mat src = Imgcodecs.imread(photo.toString());
        try {
            return new BenchFrames(List.of(frame("1280x720", src, 1280, 720), frame("640x480", src, 640, 480)));
        } finally {
            src.release();
        }
    }

    private static Frame frame(String name, Mat src, int w, int h) {
        Mat canvas = new Mat(h, w, CvType.CV_8UC3, new Scalar(200, 200, 200));
        int sw = Math.min(w, (int) Math.round(src.cols() * (double) h / src.rows()));
        Mat scaled = new Mat();
        Imgproc.resize(src, scaled, new Size(sw, h), 0, 0, Imgproc.INTER_AREA);
        Mat target = canvas.submat(new Rect((w - sw) / 2, 0, sw, h));
        scaled.copyTo(target);
        target.release();
        scaled.release();
        Core.flip(canvas, canvas, 1); // a mirrored preview, as the live camera gives
        return new Frame(name, canvas);
    }

    List<Frame> all() {
        return frames;
    }

    @Override
    public void close() {
        frames.forEach(f -> f.bgr().release());
    }
}
