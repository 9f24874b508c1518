package jp.madoguchi.kiosk.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Limits before work: sizes from headers, whole files only, every refusal with its code. */
class ImageIntakeTest {
    private static final long CAP = ImageIntake.DEFAULT_MAX_PIXELS;

    @Test
    void readsTheFactsOfJpegAndPngFromTheirHeaders() throws Exception {
        assertThat(ImageIntake.inspect(HostileImages.jpeg(640, 480), CAP)).isEqualTo(new ImageFacts("jpeg", 640, 480, 3, true));
        assertThat(ImageIntake.inspect(HostileImages.progressiveJpeg(640, 480), CAP).baseline()).isFalse();
        assertThat(ImageIntake.inspect(HostileImages.greyJpeg(640, 480), CAP).components()).isEqualTo(1);
        assertThat(ImageIntake.inspect(HostileImages.cmykJpeg(600, 800), CAP).components()).isEqualTo(4);
        assertThat(ImageIntake.inspect(HostileImages.png(300, 200), CAP)).isEqualTo(new ImageFacts("png", 300, 200, 3, false));
    }

    @Test
    void aJpegCutAnywhereIsRefusedAsTruncated() {
        byte[] whole = HostileImages.jpeg(320, 240);
        for (int cut = 3; cut < whole.length; cut++) {
            byte[] part = Arrays.copyOf(whole, cut);
            UnreadableImageException e = catchThrowableOfType(UnreadableImageException.class, () -> ImageIntake.inspect(part, CAP));
            assertThat(e).as("cut at %d of %d bytes", cut, whole.length).isNotNull();
            assertThat(e.code()).isEqualTo(UnreadableImageException.TRUNCATED);
        }
        byte[] progressive = HostileImages.progressiveJpeg(320, 240);
        assertThatThrownBy(() -> ImageIntake.inspect(Arrays.copyOf(progressive, progressive.length * 2 / 3), CAP))
            .hasMessageContaining("ends before its image does");
    }

    @Test
    void aPngCutOrChangedAnywhereIsRefused() {
        byte[] whole = HostileImages.png(64, 48);
        for (int cut = 8; cut < whole.length; cut++) {
            byte[] part = Arrays.copyOf(whole, cut);
            UnreadableImageException e = catchThrowableOfType(UnreadableImageException.class, () -> ImageIntake.inspect(part, CAP));
            assertThat(e).as("cut at %d", cut).isNotNull();
            assertThat(e.code()).isEqualTo(UnreadableImageException.TRUNCATED);
        }
        for (int at = 8; at < whole.length; at++) {
            byte[] changed = whole.clone();
            changed[at] ^= 0x10;
            UnreadableImageException e = catchThrowableOfType(UnreadableImageException.class,
                () -> ImageIntake.inspect(changed, CAP));
            assertThat(e).as("byte %d changed", at).isNotNull();
        }
    }

    @Test
    void tooManyPixelsAreRefusedFromTheHeaderBeforeAnyDecoding() throws Exception {
        for (byte[] huge : new byte[][] {HostileImages.pngClaiming(30000, 30000), HostileImages.jpegClaiming(30000, 30000)}) {
            long start = System.nanoTime();
            UnreadableImageException e = catchThrowableOfType(UnreadableImageException.class, () -> ImageIntake.inspect(huge, CAP));
            assertThat(e.code()).isEqualTo(UnreadableImageException.TOO_LARGE);
            assertThat(e.getMessage()).contains("30000 x 30000 pixels (900 megapixels)").contains("images.max_megapixels");
            assertThat(System.nanoTime() - start).as("no decoding").isLessThan(2_000_000_000L);
        }
        assertThat(ImageIntake.inspect(HostileImages.pngClaiming(6000, 6000), CAP).pixels()).isEqualTo(36_000_000L);
        assertThatThrownBy(() -> ImageIntake.inspect(HostileImages.jpeg(640, 480), 300_000))
            .hasMessageContaining("up to 0.3 megapixels").isInstanceOf(UnreadableImageException.class);
    }

    @Test
    void otherFormatsAreSizedByTheirReadersAndJunkIsNotAnImage() throws Exception {
        ByteArrayOutputStream bmp = new ByteArrayOutputStream();
        ImageIO.write(HostileImages.picture(40, 30, BufferedImage.TYPE_3BYTE_BGR), "bmp", bmp);
        assertThat(ImageIntake.inspect(bmp.toByteArray(), CAP)).isEqualTo(new ImageFacts("bmp", 40, 30, 3, false));
        for (byte[] junk : new byte[][] {"not an image".getBytes(), new byte[] {(byte) 0xFF, (byte) 0xD8}, new byte[0],
            {(byte) 0x89, 'P', 'N', 'G'}}) {
            assertThatThrownBy(() -> ImageIntake.inspect(junk, CAP)).isInstanceOf(UnreadableImageException.class)
                .hasMessageContaining("not an image this kiosk can read");
        }
    }

    @Test
    void aLargePhotoIsDecodedWithinTheWorkingSize() throws Exception {
        byte[] png = HostileImages.png(2000, 1500);
        BufferedImage read = ImageIntake.decode(png, ImageIntake.inspect(png, CAP), 1_000_000);
        assertThat((long) read.getWidth() * read.getHeight()).isLessThanOrEqualTo(1_000_000);
        assertThat(read.getWidth()).isEqualTo(1000);
    }
}
