package jp.madoguchi.kiosk.vision;

import static org.assertj.core.api.Assertions.assertThat;

import jp.madoguchi.kiosk.images.JpegHeader;
import jp.madoguchi.kiosk.images.UnreadableImageException;
import jp.madoguchi.rules.photo.CropBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfDouble;
import org.opencv.core.Scalar;

/** The encoded photo always meets the file rules, at both ends of every range. */
class PhotoJpegTest {
    @BeforeAll
    static void native_() {
        OpenCvRuntime.load();
    }

    static JpegHeader header(byte[] jpeg) {
        try {
            return JpegHeader.parse(jpeg);
        } catch (UnreadableImageException e) {
            throw new AssertionError("the kiosk wrote a JPEG it would not read back: " + e.getMessage(), e);
        }
    }

    static void assertWithinRules(byte[] jpeg) {
        JpegHeader h = header(jpeg);
        assertThat(h.baseline()).as("baseline, not progressive").isTrue();
        assertThat(h.components()).as("RGB").isEqualTo(3);
        assertThat(h.width()).isBetween(PhotoJpeg.MIN_SIDE, PhotoJpeg.MAX_SIDE);
        assertThat(h.height()).isBetween(PhotoJpeg.MIN_SIDE, PhotoJpeg.MAX_SIDE);
        assertThat((double) h.width() / h.height()).isBetween(35.0 / 45 - 0.005, 35.0 / 45 + 0.005);
        assertThat(jpeg.length).isBetween(20 * 1024, 7_000_000);
    }

    static Mat noise(int w, int h) {
        Mat m = new Mat(h, w, CvType.CV_8UC3);
        Core.randu(m, 0, 256);
        return m;
    }

    @Test
    void aTinyCropIsScaledUpTo480() {
        Mat m = noise(120, 160);
        byte[] out = PhotoJpeg.encode(m, new CropBox(10, 10, 70, 90));
        assertWithinRules(out);
        assertThat(header(out).width()).isEqualTo(PhotoJpeg.MIN_SIDE);
        m.release();
    }

    @Test
    void aPlainWhiteCropStillReaches20Kb() {
        Mat white = new Mat(900, 700, CvType.CV_8UC3, new Scalar(255, 255, 255));
        assertWithinRules(PhotoJpeg.encode(white, new CropBox(0, 0, 700, 900)));
        white.release();
    }

    @Test
    void aHugeNoisyCropStaysUnder6000PxAnd7Mb() {
        Mat m = noise(5000, 6500);
        byte[] out = PhotoJpeg.encode(m, new CropBox(0, 0, 5000, 6429));
        assertWithinRules(out);
        m.release();
    }

    @Test
    void onlyScalingChangesThePixels() {
        Mat m = new Mat(900, 700, CvType.CV_8UC3, new Scalar(30, 90, 200));
        byte[] out = PhotoJpeg.encode(m, new CropBox(0, 0, 700, 900));
        Mat back = org.opencv.imgcodecs.Imgcodecs.imdecode(new org.opencv.core.MatOfByte(out),
            org.opencv.imgcodecs.Imgcodecs.IMREAD_COLOR);
        MatOfDouble mean = new MatOfDouble();
        MatOfDouble std = new MatOfDouble();
        Core.meanStdDev(back, mean, std);
        assertThat(mean.toArray()[2]).isCloseTo(200, org.assertj.core.data.Offset.offset(3.0));
        m.release();
        back.release();
    }
}
