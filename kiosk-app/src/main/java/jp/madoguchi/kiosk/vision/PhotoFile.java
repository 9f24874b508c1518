package jp.madoguchi.kiosk.vision;

import java.nio.file.Path;
import jp.madoguchi.kiosk.files.UserFileException;
import jp.madoguchi.kiosk.files.UserFiles;
import jp.madoguchi.rules.photo.PhotoFileFacts;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.imgcodecs.Imgcodecs;

/**
 * A photo file a resident brings, decoded for analysis. OpenCV's decoder turns the image upright
 * by its EXIF orientation and converts CMYK and greyscale to BGR; the facts the file rules need
 * (JPEG or not, CMYK, bytes, pixels) are read from the bytes themselves. Images larger than the
 * spec's 6000 px are decoded at a reduced scale so a 12000 x 12000 file cannot exhaust memory.
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
    public static final class UnreadablePhotoException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String code;

        UnreadablePhotoException(String code, String message) {
            super(message);
            this.code = code;
        }

        /** A stable reason for JSON output, e.g. "unreadable_image". */
        public String code() {
            return code;
        }
    }

    /** Reads a photo file a user named; missing, unreadable and oversized files are refused in plain words. */
    public static Decoded read(Path file) throws UserFileException, UnreadablePhotoException {
        byte[] bytes = UserFiles.readBytes(file, READ_LIMIT);
        if (bytes.length == 0) {
            throw new UnreadablePhotoException("empty_file", "the file is empty");
        }
        return decode(bytes);
    }

    public static Decoded decode(byte[] bytes) throws UnreadablePhotoException {
        OpenCvRuntime.load();
        JpegHeader header = JpegHeader.parse(bytes);
        int longSide = header == null ? 0 : Math.max(header.width(), header.height());
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
        } finally {
            buffer.release();
        }
        if (bgr.empty()) {
            bgr.release();
            throw new UnreadablePhotoException("unreadable_image", "not an image this kiosk can read (JPEG or PNG expected)");
        }
        int w = (int) Math.round(bgr.cols() * scale);
        int h = (int) Math.round(bgr.rows() * scale);
        return new Decoded(bgr, new PhotoFileFacts(header != null, header != null && header.components() == 4,
            bytes.length, w, h), scale);
    }
}
