package jp.madoguchi.kiosk.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import jp.madoguchi.kiosk.fuzz.SampleImages;

/** Image files an attacker or an unlucky resident hands the kiosk, made in memory for tests. */
public final class HostileImages {
    private HostileImages() {
    }

    public static BufferedImage picture(int w, int h, int type) {
        return SampleImages.picture(w, h, type);
    }

    public static byte[] jpeg(int w, int h) {
        return SampleImages.jpeg(w, h);
    }

    public static byte[] progressiveJpeg(int w, int h) {
        return SampleImages.progressiveJpeg(w, h);
    }

    /** One channel: grey stored as greyscale, which the file rule refuses (grey content stored as RGB is fine). */
    public static byte[] greyJpeg(int w, int h) {
        return SampleImages.greyJpeg(w, h);
    }

    public static byte[] cmykJpeg(int w, int h) {
        return SampleImages.cmykJpeg(w, h);
    }

    public static byte[] jpeg(BufferedImage image, boolean progressive) {
        return SampleImages.jpeg(image, progressive);
    }

    public static byte[] png(int w, int h) {
        return SampleImages.png(w, h, BufferedImage.TYPE_3BYTE_BGR);
    }

    /**
     * A valid PNG whose header says {@code w x h} grey pixels, all white, compressed: a 30000 x
     * 30000 one is under 1 MB on disk and 900 MB decoded (the "zip bomb").
     */
    public static byte[] whitePng(int w, int h) {
        Deflater deflater = new Deflater(9);
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        byte[] row = new byte[w + 1];
        java.util.Arrays.fill(row, 1, row.length, (byte) 0xFF);
        byte[] buffer = new byte[1 << 16];
        for (int y = 0; y < h; y++) {
            deflater.setInput(row);
            while (!deflater.needsInput()) {
                idat.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            idat.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return pngOf(w, h, 0, idat.toByteArray());
    }

    /** A PNG that only claims {@code w x h} (its one IDAT chunk holds a few bytes): refused from the header alone. */
    public static byte[] pngClaiming(int w, int h) {
        return pngOf(w, h, 2, new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
    }

    private static byte[] pngOf(int w, int h, int colourType, byte[] idat) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) colourType)
            .put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(out, "IDAT", idat);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** A whole JPEG whose frame header is patched to claim {@code w x h}. */
    public static byte[] jpegClaiming(int w, int h) {
        byte[] b = jpeg(64, 64);
        for (int i = 2; i + 9 < b.length; i++) {
            if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == 0xC0) {
                b[i + 5] = (byte) (h >> 8);
                b[i + 6] = (byte) h;
                b[i + 7] = (byte) (w >> 8);
                b[i + 8] = (byte) w;
                return b;
            }
        }
        throw new AssertionError("no SOF0 in the test JPEG");
    }
}
