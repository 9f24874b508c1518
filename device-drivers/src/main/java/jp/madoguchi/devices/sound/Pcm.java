package jp.madoguchi.devices.sound;

/** 16-bit signed PCM arithmetic. */
final class Pcm {
    private Pcm() {
    }

    /** Scales the first {@code length} bytes of 16-bit samples in place by {@code volume} (0..1). */
    static void scale(byte[] samples, int length, double volume, boolean bigEndian) {
        if (volume >= 1) {
            return;
        }
        for (int i = 0; i + 1 < length; i += 2) {
            int hi = bigEndian ? i : i + 1;
            int lo = bigEndian ? i + 1 : i;
            int value = (short) ((samples[hi] << 8) | (samples[lo] & 0xFF));
            int scaled = (int) Math.round(value * volume);
            samples[hi] = (byte) (scaled >> 8);
            samples[lo] = (byte) scaled;
        }
    }
}
