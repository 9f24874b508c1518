package jp.madoguchi.kiosk.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import jp.madoguchi.kiosk.images.HostileImages;
import jp.madoguchi.kiosk.images.JpegHeader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.Scalar;
import org.opencv.imgcodecs.Imgcodecs;

/** Files a resident might bring: each gives a decoded photo with its facts, or a clear refusal. */
class PhotoFileTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void native_() {
        OpenCvRuntime.load();
    }

    static byte[] jpeg(int w, int h) {
        Mat m = new Mat(h, w, CvType.CV_8UC3, new Scalar(40, 120, 200));
        MatOfByte buf = new MatOfByte();
        try {
            Imgcodecs.imencode(".jpg", m, buf);
            return buf.toArray();
        } finally {
            m.release();
            buf.release();
        }
    }

    @Test
    void anEmptyFileIsRefusedWithAReason() throws Exception {
        Path empty = Files.write(dir.resolve("empty.jpg"), new byte[0]);
        assertThatThrownBy(() -> PhotoFile.read(empty)).isInstanceOf(PhotoFile.UnreadablePhotoException.class)
            .hasMessageContaining("empty");
        Path text = Files.writeString(dir.resolve("note.jpg"), "not a picture");
        assertThatThrownBy(() -> PhotoFile.read(text)).isInstanceOf(PhotoFile.UnreadablePhotoException.class)
            .hasMessageContaining("not an image");
    }

    @Test
    void aTruncatedJpegIsRefusedNotJudged() throws Exception {
        byte[] whole = jpeg(640, 480);
        assertThatThrownBy(() -> PhotoFile.decode(Arrays.copyOf(whole, whole.length / 2)))
            .isInstanceOf(PhotoFile.UnreadablePhotoException.class)
            .satisfies(e -> assertThat(((PhotoFile.UnreadablePhotoException) e).code()).isEqualTo("truncated_image"));
    }

    @Test
    void progressiveAndGreyscaleJpegsAreReadWithTheirFacts() throws Exception {
        try (PhotoFile.Decoded progressive = PhotoFile.decode(HostileImages.progressiveJpeg(600, 800));
             PhotoFile.Decoded grey = PhotoFile.decode(HostileImages.greyJpeg(600, 800));
             PhotoFile.Decoded plain = PhotoFile.decode(jpeg(600, 800))) {
            assertThat(progressive.facts().baseline()).isFalse();
            assertThat(grey.facts().rgb()).isFalse();
            assertThat(grey.bgr().channels()).isEqualTo(3);
            assertThat(plain.facts().baseline()).isTrue();
            assertThat(plain.facts().rgb()).isTrue();
        }
    }

    @Test
    void exifOrientationTurnsThePhotoUpright() throws Exception {
        byte[] plain = jpeg(640, 480);
        // APP1 Exif, little-endian TIFF, one IFD entry: Orientation (0x0112) = 6 (rotate 90 clockwise)
        byte[] app1 = {(byte) 0xFF, (byte) 0xE1, 0, 34, 'E', 'x', 'i', 'f', 0, 0, 'I', 'I', 42, 0, 8, 0, 0, 0, 1, 0,
            0x12, 0x01, 3, 0, 1, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0};
        byte[] rotated = new byte[plain.length + app1.length];
        System.arraycopy(plain, 0, rotated, 0, 2);
        System.arraycopy(app1, 0, rotated, 2, app1.length);
        System.arraycopy(plain, 2, rotated, 2 + app1.length, plain.length - 2);
        PhotoFile.Decoded d = PhotoFile.decode(rotated);
        assertThat(d.bgr().cols()).isEqualTo(480);
        assertThat(d.bgr().rows()).isEqualTo(640);
        assertThat(d.facts().width()).isEqualTo(480);
        d.bgr().release();
    }

    @Test
    void aCmykJpegIsReadAndMarked() throws Exception {
        WritableRaster raster = Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, 600, 800, 4, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(new IIOImage(raster, null, null));
        } finally {
            writer.dispose();
        }
        assertThat(JpegHeader.parse(out.toByteArray()).components()).isEqualTo(4);
        PhotoFile.Decoded d = PhotoFile.decode(out.toByteArray());
        assertThat(d.facts().cmyk()).isTrue();
        assertThat(d.bgr().channels()).isEqualTo(3);
        d.bgr().release();
    }

    @Test
    void aPngWithAlphaIsReadAsNotJpeg() throws Exception {
        BufferedImage argb = new BufferedImage(600, 800, BufferedImage.TYPE_INT_ARGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(argb, "png", out);
        PhotoFile.Decoded d = PhotoFile.decode(out.toByteArray());
        assertThat(d.facts().jpeg()).isFalse();
        assertThat(d.bgr().channels()).isEqualTo(3);
        d.bgr().release();
    }

    @Test
    void aLargeImageIsDecodedReducedButReportedAtFullSize() throws Exception {
        PhotoFile.Decoded d = PhotoFile.decode(jpeg(8000, 6000));
        assertThat(d.facts().width()).isEqualTo(8000);
        assertThat(d.bgr().cols()).isLessThanOrEqualTo(PhotoFile.DECODE_LIMIT);
        d.bgr().release();
    }

    @Test
    void tooManyPixelsAreRefusedBeforeDecoding() {
        assertThatThrownBy(() -> PhotoFile.decode(HostileImages.pngClaiming(30000, 30000)))
            .isInstanceOf(PhotoFile.UnreadablePhotoException.class).hasMessageContaining("30000 x 30000");
        assertThatThrownBy(() -> PhotoFile.decode(jpeg(1200, 1000), 1_000_000))
            .hasMessageContaining("up to 1 megapixels");
    }
}
