package jp.madoguchi.rules.photo;

/**
 * What the file rules look at in a submitted photo file, read from its header (size after EXIF
 * orientation).
 *
 * @param jpeg       a JPEG file (whatever its name says)
 * @param baseline   a baseline JPEG (not progressive, not arithmetic-coded, not lossless)
 * @param components colour channels as stored: 3 is colour (RGB / YCbCr), 1 greyscale, 4 CMYK
 */
public record PhotoFileFacts(boolean jpeg, boolean baseline, int components, long bytes, int width, int height) {
    /** Four channels in a JPEG: CMYK (or YCCK), the printing colour space J-LIS refuses. */
    public boolean cmyk() {
        return jpeg && components == 4;
    }

    /** Three channels: RGB as the rule asks (a grey picture stored as RGB is fine). */
    public boolean rgb() {
        return components == 3;
    }
}
