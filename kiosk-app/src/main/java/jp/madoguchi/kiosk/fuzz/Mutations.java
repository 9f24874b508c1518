package jp.madoguchi.kiosk.fuzz;

import java.util.Arrays;
import java.util.Random;

/**
 * Byte-level mutations of a valid input, as a fuzzer's: bit flips, bytes set to the values
 * parsers trip on, ranges deleted, duplicated or spliced from elsewhere, and cuts. Each call
 * applies one to three of them.
 */
final class Mutations {
    private static final byte[] INTERESTING = {0x00, 0x01, 0x7F, (byte) 0x80, (byte) 0xFF, (byte) 0xFE, 0x02, 0x03, '\n',
        '\r', '\\', '"', '{', '}', '[', ']', ',', ':', '=', '-', '9', (byte) 0xD8, (byte) 0xD9, (byte) 0xC0, (byte) 0xC2,
        (byte) 0xDA, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Mutations() {
    }

    static byte[] mutate(Random r, byte[] input) {
        byte[] b = input.clone();
        int times = 1 + r.nextInt(3);
        for (int t = 0; t < times && b.length > 0; t++) {
            int at = r.nextInt(b.length);
            switch (r.nextInt(7)) {
                case 0 -> b[at] ^= (byte) (1 << r.nextInt(8));
                case 1 -> b[at] = INTERESTING[r.nextInt(INTERESTING.length)];
                case 2 -> b = delete(b, at, 1 + r.nextInt(Math.min(64, b.length - at)));
                case 3 -> b = insert(b, at, Arrays.copyOfRange(b, at, Math.min(b.length, at + 1 + r.nextInt(64))));
                case 4 -> b = insert(b, at, randomBytes(r, 1 + r.nextInt(16)));
                case 5 -> {
                    int from = r.nextInt(b.length);
                    int n = Math.min(1 + r.nextInt(32), Math.min(b.length - from, b.length - at));
                    System.arraycopy(b, from, b, at, n);
                }
                default -> b = Arrays.copyOf(b, at);
            }
        }
        return b;
    }

    static byte[] randomBytes(Random r, int n) {
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            out[i] = r.nextInt(3) == 0 ? INTERESTING[r.nextInt(INTERESTING.length)] : (byte) r.nextInt(256);
        }
        return out;
    }

    private static byte[] delete(byte[] b, int at, int n) {
        byte[] out = new byte[b.length - n];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(b, at + n, out, at, b.length - at - n);
        return out;
    }

    private static byte[] insert(byte[] b, int at, byte[] piece) {
        byte[] out = new byte[b.length + piece.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(piece, 0, out, at, piece.length);
        System.arraycopy(b, at, out, at + piece.length, b.length - at);
        return out;
    }
}
