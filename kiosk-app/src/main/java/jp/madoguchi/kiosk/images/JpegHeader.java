package jp.madoguchi.kiosk.images;

/**
 * The structure of a JPEG file, walked marker by marker without decoding: the frame header
 * (size, colour components, baseline or not) and whether the file is whole. Decoders fill a
 * JPEG that ends early with grey and say nothing, so a photo cut off at 50 KB would be judged
 * with a smeared lower half; here it is recognised before any pixel is touched. Whole means:
 * every segment fits in the file, a frame header comes before the first scan, and every scan's
 * entropy-coded data ends in a marker, up to the End Of Image marker (bytes after it, such as a
 * camera's trailer, are allowed).
 */
public record JpegHeader(int width, int height, int components, boolean baseline) {
    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;

    /** The header, or null for anything that does not start like a JPEG. */
    public static JpegHeader parse(byte[] b) throws UnreadableImageException {
        if (!isJpeg(b)) {
            return null;
        }
        JpegHeader frame = null;
        boolean scanned = false;
        int i = 2;
        while (true) {
            while (i < b.length && (b[i] & 0xFF) != 0xFF) {
                i++; // stray bytes before a marker: decoders skip them too
            }
            while (i + 1 < b.length && (b[i + 1] & 0xFF) == 0xFF) {
                i++; // fill bytes
            }
            if (i + 1 >= b.length) {
                throw UnreadableImageException.truncated("JPEG");
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == EOI) {
                break;
            }
            if (marker == SOI || marker == 0x00) {
                throw UnreadableImageException.damaged("JPEG", String.format("an unexpected byte 0x%02X at byte %d", marker, i + 2));
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                i += 2; // markers without a length
                continue;
            }
            if (i + 4 > b.length) {
                throw UnreadableImageException.truncated("JPEG");
            }
            int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            if (length < 2) {
                throw UnreadableImageException.damaged("JPEG", "a segment of impossible length at byte " + (i + 3));
            }
            if ((long) i + 2 + length > b.length) {
                throw UnreadableImageException.truncated("JPEG");
            }
            if (isFrame(marker)) {
                frame = frame(b, i, length, marker);
            } else if (marker == SOS) {
                if (frame == null) {
                    throw UnreadableImageException.damaged("JPEG", "image data before the image size");
                }
                scanned = true;
                i = endOfScan(b, i + 2 + length);
                continue;
            }
            i += 2 + length;
        }
        if (frame == null || !scanned) {
            throw UnreadableImageException.damaged("JPEG", "no image data");
        }
        return frame;
    }

    static boolean isJpeg(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == SOI && (b[2] & 0xFF) == 0xFF;
    }

    /** SOF0-SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range. */
    private static boolean isFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    private static JpegHeader frame(byte[] b, int at, int length, int marker) throws UnreadableImageException {
        if (length < 8) {
            throw UnreadableImageException.damaged("JPEG", "a frame header too short to hold a size");
        }
        int height = ((b[at + 5] & 0xFF) << 8) | (b[at + 6] & 0xFF);
        int width = ((b[at + 7] & 0xFF) << 8) | (b[at + 8] & 0xFF);
        int components = b[at + 9] & 0xFF;
        if (width == 0 || height == 0 || components == 0 || length < 8 + 3 * components) {
            throw new UnreadableImageException(UnreadableImageException.UNREADABLE,
                "a JPEG whose frame header gives no size (" + width + " x " + height + ", " + components + " components)");
        }
        return new JpegHeader(width, height, components, marker == 0xC0);
    }

    /** Where the marker ending the entropy-coded data that starts at {@code from} is. */
    private static int endOfScan(byte[] b, int from) throws UnreadableImageException {
        for (int i = from; i + 1 < b.length; i++) {
            if ((b[i] & 0xFF) == 0xFF) {
                int next = b[i + 1] & 0xFF;
                if (next != 0x00 && next != 0xFF && (next < 0xD0 || next > 0xD7)) {
                    return i;
                }
            }
        }
        throw UnreadableImageException.truncated("JPEG");
    }
}
