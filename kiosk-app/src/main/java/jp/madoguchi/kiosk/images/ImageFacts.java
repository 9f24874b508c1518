package jp.madoguchi.kiosk.images;

/**
 * What an image file's header says, read without decoding a pixel.
 *
 * @param format     "jpeg", "png", or the javax.imageio name of another format ("bmp", "gif", ...)
 * @param components colour channels as stored: 1 grey, 3 colour (YCbCr or RGB), 4 CMYK/YCCK in
 *                   a JPEG or RGBA in a PNG; 2 grey with alpha
 * @param baseline   a baseline (sequential, Huffman) JPEG: the only kind J-LIS takes
 */
public record ImageFacts(String format, int width, int height, int components, boolean baseline) {
    public long pixels() {
        return (long) width * height;
    }

    public boolean jpeg() {
        return format.equals("jpeg");
    }
}
