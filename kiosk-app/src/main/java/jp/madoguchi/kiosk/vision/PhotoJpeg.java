package jp.madoguchi.kiosk.vision;

import jp.madoguchi.rules.photo.CropBox;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.MatOfInt;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

/**
 * Encodes the 35:45 crop as the file J-LIS takes: a baseline (not progressive) JPEG with three
 * colour channels, 480 to 6000 px on each side and 20 KB to 7 MB. Only scaling and JPEG quality
 * change; nothing is retouched. Sizes are kept inside both readings of "KB/MB" (1000 and 1024).
 */
public final class PhotoJpeg {
    public static final int MIN_SIDE = 480;
    public static final int MAX_SIDE = 6000;
    public static final int MIN_BYTES = 20 * 1024;
    public static final int MAX_BYTES = 7_000_000;
    static final int START_QUALITY = 92;

    private PhotoJpeg() {
    }

    /** The crop of {@code bgr} (35:45), encoded within the file rules. */
    public static byte[] encode(Mat bgr, CropBox crop) {
        try (MatScope s = new MatScope()) {
            Mat region = s.sub(bgr, new Rect(crop.x(), crop.y(), crop.width(), crop.height()));
            double width = Math.max(MIN_SIDE, Math.min(region.cols(), MAX_SIDE * 35.0 / 45));
            for (int round = 0; round < 12; round++) {
                Size size = size(width);
                Mat scaled = s.mat();
                Imgproc.resize(region, scaled, size, 0, 0,
                    size.width < region.cols() ? Imgproc.INTER_AREA : Imgproc.INTER_CUBIC);
                byte[] out = atQuality(s, scaled);
                if (out.length < MIN_BYTES && width < MAX_SIDE * 35.0 / 45) {
                    width = Math.min(MAX_SIDE * 35.0 / 45, width * 1.4); // a plain picture: more pixels, more bytes
                } else if (out.length > MAX_BYTES && width > MIN_SIDE) {
                    width = Math.max(MIN_SIDE, width * 0.8);
                } else {
                    return out;
                }
            }
            throw new IllegalStateException("no JPEG within 20 KB-7 MB for crop " + crop);
        }
    }

    private static Size size(double width) {
        int w = (int) Math.round(width);
        int h = (int) Math.round(width * 45 / 35);
        if (h > MAX_SIDE) {
            h = MAX_SIDE;
            w = (int) Math.round(h * 35.0 / 45);
        }
        return new Size(Math.max(MIN_SIDE, w), Math.max(MIN_SIDE, h));
    }

    /** Quality 92, raised towards 100 when the file is under 20 KB and lowered when over 7 MB. */
    private static byte[] atQuality(MatScope s, Mat image) {
        int quality = START_QUALITY;
        byte[] out = jpeg(s, image, quality);
        while (out.length < MIN_BYTES && quality < 100) {
            quality = Math.min(100, quality + 4);
            out = jpeg(s, image, quality);
        }
        while (out.length > MAX_BYTES && quality > 50) {
            quality -= 10;
            out = jpeg(s, image, quality);
        }
        return out;
    }

    private static byte[] jpeg(MatScope s, Mat image, int quality) {
        MatOfByte buf = new MatOfByte();
        s.keep(buf);
        MatOfInt params = new MatOfInt(Imgcodecs.IMWRITE_JPEG_QUALITY, quality, Imgcodecs.IMWRITE_JPEG_PROGRESSIVE, 0,
            Imgcodecs.IMWRITE_JPEG_OPTIMIZE, 0);
        s.keep(params);
        Imgcodecs.imencode(".jpg", image, buf, params);
        return buf.toArray();
    }
}
