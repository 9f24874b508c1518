package jp.madoguchi.kiosk.images;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The header of a PNG file and its integrity, read without inflating a pixel: IHDR first (the
 * size and colour type), every chunk whole and matching its CRC-32, image data present, and the
 * IEND chunk at the end (bytes after it are ignored, as decoders do). A PNG's CRCs catch any
 * changed byte, so a damaged file is refused rather than decoded into garbage.
 */
final class PngHeader {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private PngHeader() {
    }

    static boolean isPng(byte[] b) {
        if (b.length < SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (b[i] != SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    static ImageFacts parse(byte[] b) throws UnreadableImageException {
        int width = 0;
        int height = 0;
        int components = 0;
        boolean data = false;
        CRC32 crc = new CRC32();
        for (int i = SIGNATURE.length; ; ) {
            if ((long) i + 12 > b.length) {
                throw UnreadableImageException.truncated("PNG");
            }
            long length = int32(b, i) & 0xFFFFFFFFL;
            if (length > Integer.MAX_VALUE || i + 12 + length > b.length) {
                throw UnreadableImageException.truncated("PNG");
            }
            String type = new String(b, i + 4, 4, StandardCharsets.ISO_8859_1);
            crc.reset();
            crc.update(b, i + 4, 4 + (int) length);
            if ((int) crc.getValue() != int32(b, i + 8 + (int) length)) {
                throw UnreadableImageException.damaged("PNG", "the " + printable(type) + " chunk at byte " + (i + 1)
                    + " does not match its checksum");
            }
            boolean first = i == SIGNATURE.length;
            if (first != type.equals("IHDR")) {
                throw UnreadableImageException.damaged("PNG", "it does not start with its header chunk");
            }
            if (first) {
                if (length != 13) {
                    throw UnreadableImageException.damaged("PNG", "a header chunk of the wrong length");
                }
                width = int32(b, i + 8);
                height = int32(b, i + 12);
                components = components(b[i + 17] & 0xFF);
                if (width <= 0 || height <= 0 || components == 0) {
                    throw new UnreadableImageException(UnreadableImageException.UNREADABLE,
                        "a PNG whose header gives no usable size or colour type");
                }
            }
            data |= type.equals("IDAT");
            if (type.equals("IEND")) {
                break;
            }
            i += 12 + (int) length;
        }
        if (!data) {
            throw UnreadableImageException.damaged("PNG", "no image data");
        }
        return new ImageFacts("png", width, height, components, false);
    }

    /** Channels of the PNG colour types (palette images decode to three); 0 for an unknown type. */
    private static int components(int colourType) {
        return switch (colourType) {
            case 0 -> 1;
            case 2, 3 -> 3;
            case 4 -> 2;
            case 6 -> 4;
            default -> 0;
        };
    }

    private static int int32(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    private static String printable(String type) {
        return type.chars().allMatch(c -> c >= 'A' && c <= 'z') ? type : "unnamed";
    }
}
