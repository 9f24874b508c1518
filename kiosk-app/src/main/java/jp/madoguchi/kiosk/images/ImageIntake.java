package jp.madoguchi.kiosk.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * The door every image a user hands the kiosk comes through (photo-check, scan-image): limits
 * before work. The file's header is read first, and an image is refused before a pixel is
 * decoded when it has more pixels than allowed (a 937 KB PNG can hold 30000 x 30000 pixels, 2.7
 * GB once decoded), or when it is cut short or damaged (a decoder would fill the missing part
 * with grey and the photo would be judged on it). JPEG and PNG are walked whole (a JPEG's image
 * data is also decoded once, small, to hear libjpeg's warnings; a PNG's chunks carry CRCs);
 * other formats javax.imageio knows (BMP, GIF, TIFF) are sized from their header by its readers.
 *
 * <p>Nothing here touches the disk: javax.imageio is used through in-memory streams only, as
 * its default stream cache would copy the image into a temporary file.
 */
public final class ImageIntake {
    /** Generous for any camera (a 50 MP full-frame camera included) and for J-LIS's 6000 x 6000 px. */
    public static final long DEFAULT_MAX_PIXELS = 50_000_000L;

    private ImageIntake() {
    }

    /** The facts of {@code bytes}, or a refusal naming what is wrong. */
    public static ImageFacts inspect(byte[] bytes, long maxPixels) throws UnreadableImageException {
        ImageFacts facts;
        if (PngHeader.isPng(bytes)) {
            facts = PngHeader.parse(bytes);
        } else if (JpegHeader.isJpeg(bytes)) {
            JpegHeader h = JpegHeader.parse(bytes);
            facts = new ImageFacts("jpeg", h.width(), h.height(), h.components(), h.baseline());
        } else {
            facts = otherFormat(bytes);
        }
        if (facts.pixels() > maxPixels) {
            throw new UnreadableImageException(UnreadableImageException.TOO_LARGE, String.format(Locale.ROOT,
                "the image is %d x %d pixels (%s megapixels); this kiosk reads images of up to %s megapixels "
                    + "(configuration key images.max_megapixels)",
                facts.width(), facts.height(), megapixels(facts.pixels()), megapixels(maxPixels)));
        }
        if (facts.jpeg()) {
            requireWholeScans(bytes, facts);
        }
        return facts;
    }

    /**
     * A JPEG's image data can be damaged where its markers are not (bytes lost or changed in the
     * middle), and decoders then fill in grey or garbage without a word. libjpeg, behind
     * javax.imageio, does say so as a warning; the data is decoded once, at most about a
     * megapixel of it kept, and any warning or error refuses the file. Reading the raster, not
     * the image, takes every colour space, CMYK included.
     */
    private static void requireWholeScans(byte[] bytes, ImageFacts facts) throws UnreadableImageException {
        List<String> warnings = new ArrayList<>();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = reader(in);
            try {
                reader.setInput(in, true, true);
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                ImageReadParam param = reader.getDefaultReadParam();
                int step = subsampling(facts, 1_000_000);
                param.setSourceSubsampling(step, step, 0, 0);
                reader.readRaster(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw UnreadableImageException.damaged("JPEG", "its image data cannot be decoded: " + e.getMessage());
        }
        if (!warnings.isEmpty()) {
            throw UnreadableImageException.damaged("JPEG", warnings.get(0));
        }
    }

    /** The step in both directions that keeps at most {@code pixels} of an image. */
    private static int subsampling(ImageFacts facts, long pixels) {
        int step = 1;
        while (facts.pixels() / ((long) step * step) > pixels) {
            step++;
        }
        return step;
    }

    /**
     * Decodes an inspected image with javax.imageio, every {@code k}-th pixel in both directions
     * when it has more than {@code workingPixels}, so what is decoded stays within that bound.
     */
    public static BufferedImage decode(byte[] bytes, ImageFacts facts, long workingPixels) throws UnreadableImageException {
        int step = subsampling(facts, workingPixels);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = reader(in);
            try {
                reader.setInput(in, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableImageException(UnreadableImageException.UNREADABLE,
                "the " + facts.format().toUpperCase(Locale.ROOT) + " image cannot be decoded (" + e.getMessage() + ")");
        }
    }

    private static String megapixels(long pixels) {
        return java.math.BigDecimal.valueOf(pixels / 1e6).setScale(1, java.math.RoundingMode.HALF_UP)
            .stripTrailingZeros().toPlainString();
    }

    private static ImageFacts otherFormat(byte[] bytes) throws UnreadableImageException {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = reader(in);
            try {
                reader.setInput(in, true, true);
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                return new ImageFacts(format, reader.getWidth(0), reader.getHeight(0), 3, false);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw notAnImage();
        }
    }

    private static ImageReader reader(ImageInputStream in) throws UnreadableImageException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw notAnImage();
        }
        return readers.next();
    }

    private static UnreadableImageException notAnImage() {
        return new UnreadableImageException(UnreadableImageException.UNREADABLE,
            "not an image this kiosk can read (JPEG or PNG expected)");
    }
}
