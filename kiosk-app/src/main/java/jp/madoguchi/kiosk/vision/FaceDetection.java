package jp.madoguchi.kiosk.vision;

/**
 * One face found in an image, in image pixels. Eyes are named from the viewer's side of the
 * picture (left = smaller x), which is what the geometry needs; nose and mouth may be NaN when the
 * detector gives no landmarks (the Haar baseline).
 */
public record FaceDetection(double score, Box box, Point leftEye, Point rightEye, Point nose, Point mouth,
                            Point leftEar, Point rightEar) {

    public record Point(double x, double y) {
        static final Point NONE = new Point(Double.NaN, Double.NaN);

        boolean known() {
            return !Double.isNaN(x);
        }
    }

    public record Box(double x, double y, double w, double h) {
        double area() {
            return w * h;
        }

        double centreX() {
            return x + w / 2;
        }

        double iou(Box o) {
            double ix = Math.max(0, Math.min(x + w, o.x + o.w) - Math.max(x, o.x));
            double iy = Math.max(0, Math.min(y + h, o.y + o.h) - Math.max(y, o.y));
            double inter = ix * iy;
            return inter / (area() + o.area() - inter);
        }
    }

    public boolean hasLandmarks() {
        return leftEye.known() && nose.known();
    }

    public double interEye() {
        return Math.hypot(rightEye.x - leftEye.x, rightEye.y - leftEye.y);
    }
}
