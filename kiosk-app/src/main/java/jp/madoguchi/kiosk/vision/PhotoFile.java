package jp.madoguchi.kiosk.vision;

import java.nio.file.Path;
import jp.madoguchi.kiosk.files.UserFileException;
import jp.madoguchi.kiosk.files.UserFiles;
import jp.madoguchi.kiosk.images.ImageFacts;
import jp.madoguchi.kiosk.images.ImageIntake;
import jp.madoguchi.kiosk.images.UnreadableImageException;
import jp.madoguchi.rules.photo.PhotoFileFacts;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.imgcodecs.Imgcodecs;

/**
 * A photo file a resident brings, decoded for analysis. It comes through {@link ImageIntake}
 * first: only whole JPEG and PNG files within the pixel limit are decoded, and the facts the file
 * rules need (JPEG or not, baseline, colour channels, bytes, pixels) come from its header.
 * OpenCV's decoder turns the image upright by its EXIF orientation and converts CMYK and
 * greyscale to BGR. Images larger than the spec's 6000 px are decoded at a reduced scale.
 */
public final class PhotoFile {
    /** Larger files are refused unread: no photo of the spec comes near it. */
    static final long READ_LIMIT = 64L * 1024 * 1024;
    static final int DECODE_LIMIT = 6000;

    private PhotoFile() {
    }

    /** A decoded photo; closing it releases the pixels' native buffer. */
    public record Decoded(Mat bgr, PhotoFileFacts facts, double scale) implements AutoCloseable {
        /** The kiosk's 35:45 file of this photo (see {@link PhotoJpeg}). */
        public byte[] jpeg(jp.madoguchi.rules.photo.CropBox crop) {
            return PhotoJpeg.encode(bgr, crop);
        }

        @Override
        public void close() {
            bgr.release();
        }
    }

    /** A file that is there and readable but holds no image this kiosk can judge. */
    public static final class UnreadablePhotoException extends UnreadableImageException {
        private static final long serialVersionUID = 1L;

        UnreadablePhotoException(String code, String message) {
            super(code, message);
        }
    }

    /** Reads a photo file a user named, within the default pixel limit. */
    public static Decoded read(Path file) throws UserFileException, UnreadablePhotoException {
        return read(file, ImageIntake.DEFAULT_MAX_PIXELS);
    }

    /** Reads a photo file a user named; missing, unreadable, oversized and damaged files are refused in plain words. */
    public static Decoded read(Path file, long maxPixels) throws UserFileException, UnreadablePhotoException {
        byte[] bytes = UserFiles.readBytes(file, READ_LIMIT);
        if (bytes.length == 0) {
            throw new UnreadablePhotoException("empty_file", "the file is empty");
        }
        return decode(bytes, maxPixels);
    }

    public static Decoded decode(byte[] bytes) throws UnreadablePhotoException {
        return decode(bytes, ImageIntake.DEFAULT_MAX_PIXELS);
    }

    public static Decoded decode(byte[] bytes, long maxPixels) throws UnreadablePhotoException {
        ImageFacts header;
        try {
            header = ImageIntake.inspect(bytes, maxPixels);
        } catch (UnreadableImageException e) {
            throw new UnreadablePhotoException(e.code(), e.getMessage());
        }
        if (!header.jpeg() && !header.format().equals("png")) {
            throw unreadable();
        }
        OpenCvRuntime.load();
        int longSide = Math.max(header.width(), header.height());
        int flags = Imgcodecs.IMREAD_COLOR;
        double scale = 1;
        if (longSide > DECODE_LIMIT * 4) {
            flags = Imgcodecs.IMREAD_REDUCED_COLOR_8;
            scale = 8;
        } else if (longSide > DECODE_LIMIT * 2) {
            flags = Imgcodecs.IMREAD_REDUCED_COLOR_4;
            scale = 4;
        } else if (longSide > DECODE_LIMIT) {
            flags = Imgcodecs.IMREAD_REDUCED_COLOR_2;
            scale = 2;
        }
        MatOfByte buffer = new MatOfByte(bytes);
        Mat bgr;
        try {
            bgr = Imgcodecs.imdecode(buffer, flags);
        } catch (RuntimeException e) {
            throw unreadable(); // OpenCV's own refusal (its size limits, memory): the file is not judged
        } finally {
            buffer.release();
        }
        if (bgr.empty()) {
            bgr.release();
            throw unreadable();
        }
        int w = (int) Math.round(bgr.cols() * scale);
        int h = (int) Math.round(bgr.rows() * scale);
        return new Decoded(bgr, new PhotoFileFacts(header.jpeg(), header.baseline(), header.components(), bytes.length, w, h),
            scale);
    }

    private static UnreadablePhotoException unreadable() {
        return new UnreadablePhotoException(UnreadableImageException.UNREADABLE,
            "not an image this kiosk can read (JPEG or PNG expected)");
    }
}
