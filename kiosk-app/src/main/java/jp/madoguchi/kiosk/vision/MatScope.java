package jp.madoguchi.kiosk.vision;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Mat;
import org.opencv.core.Rect;

/**
 * Releases every {@link Mat} made inside a try-with-resources block, so native memory never waits
 * for the garbage collector (a kiosk analyses 25 frames a second for hours).
 */
final class MatScope implements AutoCloseable {
    private final List<Mat> mats = new ArrayList<>();

    Mat mat() {
        return keep(new Mat());
    }

    Mat keep(Mat mat) {
        mats.add(mat);
        return mat;
    }

    /** A view of part of {@code mat}, clipped to it; released with the scope. */
    Mat sub(Mat mat, Rect r) {
        return keep(mat.submat(clip(r, mat.cols(), mat.rows())));
    }

    static Rect clip(Rect r, int width, int height) {
        int x = Math.max(0, Math.min(r.x, width - 1));
        int y = Math.max(0, Math.min(r.y, height - 1));
        int x2 = Math.max(x + 1, Math.min(r.x + r.width, width));
        int y2 = Math.max(y + 1, Math.min(r.y + r.height, height));
        return new Rect(x, y, x2 - x, y2 - y);
    }

    static Rect around(double cx, double cy, double w, double h) {
        return new Rect((int) Math.round(cx - w / 2), (int) Math.round(cy - h / 2),
            (int) Math.max(1, Math.round(w)), (int) Math.max(1, Math.round(h)));
    }

    @Override
    public void close() {
        mats.forEach(Mat::release);
        mats.clear();
    }
}
