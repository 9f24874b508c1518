package jp.madoguchi.kiosk.vision;

import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * The background: everything above the chin line outside an ellipse around the head (and its
 * hair), on a copy scaled to 160 px wide so the measure costs the same at any resolution.
 * Reports mean luminance, its spread, and the share of edge pixels (objects, patterns, shadow
 * borders).
 */
final class BackgroundMeasures {
    static final int WIDTH = 160;

    record Background(double luma, double spread, double edges) {
    }

    private BackgroundMeasures() {
    }

    static Background measure(Mat grey, double cx, double crownY, double chinY, double halfWidth) {
        try (MatScope s = new MatScope()) {
            double k = WIDTH / (double) grey.cols();
            Mat small = s.mat();
            Imgproc.resize(grey, small, new Size(WIDTH, Math.max(8, Math.round(grey.rows() * k))), 0, 0,
                Imgproc.INTER_AREA);
            Mat mask = s.keep(Mat.zeros(small.size(), CvType.CV_8U));
            int bottom = (int) Math.min(small.rows(), Math.max(2, chinY * k));
            Imgproc.rectangle(mask, new Point(0, 0), new Point(small.cols(), bottom), new Scalar(255), -1);
            double top = Math.max(0, crownY) * k;
            double headCy = (top + chinY * k) / 2;
            double axisY = (chinY * k - top) / 2 + 0.08 * (chinY * k - top);
            Imgproc.ellipse(mask, new Point(cx * k, headCy), new Size(halfWidth * k, Math.max(1, axisY)), 0, 0, 360,
                new Scalar(0), -1);
            // a strip right under the chin is neck and collar, not background
            Imgproc.rectangle(mask, new Point(cx * k - halfWidth * k, headCy), new Point(cx * k + halfWidth * k,
                small.rows()), new Scalar(0), -1);
            int area = Core.countNonZero(mask);
            if (area < 40) {
                return new Background(Double.NaN, Double.NaN, Double.NaN);
            }
            org.opencv.core.MatOfDouble mean = new org.opencv.core.MatOfDouble();
            org.opencv.core.MatOfDouble std = new org.opencv.core.MatOfDouble();
            s.keep(mean);
            s.keep(std);
            Core.meanStdDev(small, mean, std, mask);
            Mat edges = s.mat();
            Imgproc.Canny(small, edges, 40, 100);
            Mat inside = s.mat();
            Core.bitwise_and(edges, mask, inside);
            // edges along the mask's own border (the head outline) are not background detail
            Mat border = s.mat();
            Mat kernel = s.keep(Imgproc.getStructuringElement(Imgproc.MORPH_ELLIPSE, new Size(5, 5)));
            Imgproc.erode(mask, border, kernel);
            Core.bitwise_and(inside, border, inside);
            return new Background(mean.toArray()[0], std.toArray()[0],
                Core.countNonZero(inside) / (double) Math.max(1, Core.countNonZero(border)));
        }
    }
}
