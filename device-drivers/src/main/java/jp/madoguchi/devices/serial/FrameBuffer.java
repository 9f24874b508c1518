package jp.madoguchi.devices.serial;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of the frame being collected, in a buffer that zeroes what it held when emptied:
 * ByteArrayOutputStream keeps the last frame's bytes after reset(), so the last form ID scanned
 * would stay in the kiosk's memory for as long as it runs.
 */
final class FrameBuffer {
    private final int limit;
    private byte[] bytes = new byte[64];
    private int size;

    FrameBuffer(int limit) {
        this.limit = limit;
    }

    int size() {
        return size;
    }

    void add(int b) {
        if (size == bytes.length) {
            byte[] larger = Arrays.copyOf(bytes, Math.min(limit, bytes.length * 2));
            Arrays.fill(bytes, (byte) 0);
            bytes = larger;
        }
        bytes[size++] = (byte) b;
    }

    String text() {
        return new String(bytes, 0, size, StandardCharsets.UTF_8);
    }

    void reset() {
        Arrays.fill(bytes, 0, size, (byte) 0);
        size = 0;
    }
}
