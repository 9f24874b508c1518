package jp.madoguchi.kiosk.vision;

/**
 * The frame header of a JPEG file (size, colour components, baseline or not), read from the
 * markers without decoding, so CMYK files and oversized ones are recognised before any pixel is
 * touched. Returns null for anything that is not a JPEG.
 */
record JpegHeader(int width, int height, int components, boolean baseline) {

    static JpegHeader parse(byte[] b) {
        if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) {
            return null;
        }
        int i = 2;
        while (i + 9 < b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                i++;
                continue;
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                i++;
                continue;
            }
            int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                int height = ((b[i + 5] & 0xFF) << 8) | (b[i + 6] & 0xFF);
                int width = ((b[i + 7] & 0xFF) << 8) | (b[i + 8] & 0xFF);
                return new JpegHeader(width, height, b[i + 9] & 0xFF, marker == 0xC0);
            }
            if (marker == 0xDA || length < 2) {
                return null;
            }
            i += 2 + length;
        }
        return null;
    }
}
