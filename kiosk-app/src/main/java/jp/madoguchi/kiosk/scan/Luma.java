package jp.madoguchi.kiosk.scan;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;

/**
 * An 8-bit grey image in one row-major array: what every QR decoder here reads. Built straight
 * from the camera's raster (no per-pixel getRGB), at full size or averaged down 2x2, which is a
 * quarter of the work and still leaves a form's QR several pixels per module.
 */
public record Luma(byte[] pixels, int width, int height) {

    public int at(int x, int y) {
        return pixels[y * width + x] & 0xFF;
    }

    public static Luma of(BufferedImage image) {
        return sample(image, 1);
    }

    /**
     * Like {@link #of} but into {@code reuse} when it has the right size: a camera thread decodes
     * frame after frame, and a fresh megabyte per frame costs as much as the copy itself.
     * The result is only valid until the next call with the same buffer.
     */
    public static Luma of(BufferedImage image, byte[] reuse) {
        int n = image.getWidth() * image.getHeight();
        if (reuse == null || reuse.length != n || image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
            return of(image);
        }
        byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int p = 0, i = 1; p < n; p++, i += 3) {
            reuse[p] = bgr[i];
        }
        return new Luma(reuse, image.getWidth(), image.getHeight());
    }

    /** Averaged 2x2 down to half width and height. */
    public static Luma halfOf(BufferedImage image) {
        return sample(image, 2);
    }

    private static Luma sample(BufferedImage image, int step) {
        int fw = image.getWidth();
        if (image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return greenOf(((DataBufferByte) image.getRaster().getDataBuffer()).getData(), fw, image.getHeight(), step);
        }
        byte[] grey = fullGrey(image);
        if (step == 1) {
            return new Luma(grey, fw, image.getHeight());
        }
        int w = fw / 2;
        int h = image.getHeight() / 2;
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            int top = 2 * y * fw;
            int bottom = top + fw;
            for (int x = 0; x < w; x++) {
                int i = 2 * x;
                out[y * w + x] = (byte) (((grey[top + i] & 0xFF) + (grey[top + i + 1] & 0xFF)
                    + (grey[bottom + i] & 0xFF) + (grey[bottom + i + 1] & 0xFF)) >> 2);
            }
        }
        return new Luma(out, w, h);
    }

    /**
     * Camera frames (3-byte BGR) are read through their green channel alone: a printed QR is
     * black on white, so green carries all of it, and one byte per pixel is a third of the reads.
     */
    private static Luma greenOf(byte[] bgr, int fw, int fh, int step) {
        if (step == 1) {
            byte[] out = new byte[fw * fh];
            for (int p = 0, i = 1; p < out.length; p++, i += 3) {
                out[p] = bgr[i];
            }
            return new Luma(out, fw, fh);
        }
        int w = fw / 2;
        int h = fh / 2;
        byte[] out = new byte[w * h];
        int rowBytes = fw * 3;
        for (int y = 0; y < h; y++) {
            int top = 2 * y * rowBytes + 1;
            int bottom = top + rowBytes;
            int o = y * w;
            for (int x = 0; x < w; x++) {
                int i = 6 * x;
                out[o + x] = (byte) (((bgr[top + i] & 0xFF) + (bgr[top + i + 3] & 0xFF)
                    + (bgr[bottom + i] & 0xFF) + (bgr[bottom + i + 3] & 0xFF)) >> 2);
            }
        }
        return new Luma(out, w, h);
    }

    /** Grey straight from the common raster layouts (camera frames are 3-byte BGR); anything else through getRGB. */
    private static byte[] fullGrey(BufferedImage image) {
        int n = image.getWidth() * image.getHeight();
        byte[] out = new byte[n];
        switch (image.getType()) {
            case BufferedImage.TYPE_BYTE_GRAY -> System.arraycopy(
                ((DataBufferByte) image.getRaster().getDataBuffer()).getData(), 0, out, 0, n);
            case BufferedImage.TYPE_3BYTE_BGR -> {
                byte[] d = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
                for (int p = 0, i = 0; p < n; p++, i += 3) {
                    out[p] = (byte) (((d[i] & 0xFF) * 29 + (d[i + 1] & 0xFF) * 150 + (d[i + 2] & 0xFF) * 77) >> 8);
                }
            }
            case BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB -> {
                int[] d = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
                for (int p = 0; p < n; p++) {
                    out[p] = (byte) rgbGrey(d[p]);
                }
            }
            default -> {
                int w = image.getWidth();
                for (int p = 0; p < n; p++) {
                    out[p] = (byte) rgbGrey(image.getRGB(p % w, p / w));
                }
            }
        }
        return out;
    }

    private static int rgbGrey(int rgb) {
        return (((rgb >> 16) & 0xFF) * 77 + ((rgb >> 8) & 0xFF) * 150 + (rgb & 0xFF) * 29) >> 8;
    }

    /**
     * Local contrast lifted: each pixel stretched between the min and max of its tile's
     * neighbourhood, so a faint QR (grey on grey, in a dim corner) becomes black on white while
     * flat areas stay flat (tiles with almost no range are left alone, not amplified into noise).
     */
    public Luma stretchedLocally(int tile) {
        int tw = (width + tile - 1) / tile;
        int th = (height + tile - 1) / tile;
        int[] lo = new int[tw * th];
        int[] hi = new int[tw * th];
        java.util.Arrays.fill(lo, 255);
        for (int y = 0; y < height; y++) {
            int row = (y / tile) * tw;
            for (int x = 0; x < width; x++) {
                int v = pixels[y * width + x] & 0xFF;
                int t = row + x / tile;
                if (v < lo[t]) {
                    lo[t] = v;
                }
                if (v > hi[t]) {
                    hi[t] = v;
                }
            }
        }
        byte[] out = new byte[pixels.length];
        for (int y = 0; y < height; y++) {
            int ty = y / tile;
            for (int x = 0; x < width; x++) {
                int tx = x / tile;
                int min = 255;
                int max = 0;
                for (int ny = Math.max(0, ty - 1); ny <= Math.min(th - 1, ty + 1); ny++) {
                    for (int nx = Math.max(0, tx - 1); nx <= Math.min(tw - 1, tx + 1); nx++) {
                        min = Math.min(min, lo[ny * tw + nx]);
                        max = Math.max(max, hi[ny * tw + nx]);
                    }
                }
                int v = pixels[y * width + x] & 0xFF;
                int range = max - min;
                out[y * width + x] = (byte) (range < 6 ? v : Math.min(255, (v - min) * 255 / range));
            }
        }
        return new Luma(out, width, height);
    }

    /** Twice the size, bilinear: gives ZXing's block binariser more pixels per module on small codes. */
    public Luma doubled() {
        int w = width * 2;
        int h = height * 2;
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            int sy = Math.min(height - 1, y / 2);
            int ny = Math.min(height - 1, sy + (y & 1));
            for (int x = 0; x < w; x++) {
                int sx = Math.min(width - 1, x / 2);
                int nx = Math.min(width - 1, sx + (x & 1));
                int v = (at(sx, sy) + at(nx, sy) + at(sx, ny) + at(nx, ny) + 2) >> 2;
                out[y * w + x] = (byte) v;
            }
        }
        return new Luma(out, w, h);
    }

    /** Unsharp mask (3x3 box): steepens the module edges a defocused camera softened. */
    public Luma sharpened() {
        byte[] out = new byte[pixels.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int sum = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    int yy = Math.min(height - 1, Math.max(0, y + dy));
                    for (int dx = -1; dx <= 1; dx++) {
                        sum += at(Math.min(width - 1, Math.max(0, x + dx)), yy);
                    }
                }
                int v = at(x, y);
                int sharp = v + (v - sum / 9) * 2;
                out[y * width + x] = (byte) Math.max(0, Math.min(255, sharp));
            }
        }
        return new Luma(out, width, height);
    }

    /** The part of this image inside the rectangle (clipped to the image). */
    public Luma crop(int left, int top, int right, int bottom) {
        int x0 = Math.max(0, left);
        int y0 = Math.max(0, top);
        int w = Math.max(1, Math.min(width, right) - x0);
        int h = Math.max(1, Math.min(height, bottom) - y0);
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            System.arraycopy(pixels, (y0 + y) * width + x0, out, y * w, w);
        }
        return new Luma(out, w, h);
    }

    /** Averaged 2x2 down to half width and height. */
    public Luma halved() {
        int w = width / 2;
        int h = height / 2;
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            int top = 2 * y * width;
            int bottom = top + width;
            for (int x = 0; x < w; x++) {
                int i = 2 * x;
                out[y * w + x] = (byte) (((pixels[top + i] & 0xFF) + (pixels[top + i + 1] & 0xFF)
                    + (pixels[bottom + i] & 0xFF) + (pixels[bottom + i + 1] & 0xFF)) >> 2);
            }
        }
        return new Luma(out, w, h);
    }

    /** The pixel-wise mean of same-sized images: consecutive frames of a still form, their sensor noise averaged out. */
    public static Luma mean(java.util.List<Luma> frames) {
        Luma first = frames.get(0);
        int[] sum = new int[first.pixels.length];
        for (Luma f : frames) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += f.pixels[i] & 0xFF;
            }
        }
        byte[] out = new byte[sum.length];
        for (int i = 0; i < sum.length; i++) {
            out[i] = (byte) (sum[i] / frames.size());
        }
        return new Luma(out, first.width, first.height);
    }

    /** Mean absolute difference to another same-sized image, on every 7th pixel: is the scene still? */
    public double differenceTo(Luma other) {
        long total = 0;
        int n = 0;
        for (int i = 0; i < pixels.length; i += 7) {
            total += Math.abs((pixels[i] & 0xFF) - (other.pixels[i] & 0xFF));
            n++;
        }
        return n == 0 ? 0 : (double) total / n;
    }

    /** The green channel of a 3-byte BGR frame inside a box, straight from the raster. */
    static Luma greenBox(BufferedImage frame, int left, int top, int right, int bottom) {
        byte[] bgr = ((DataBufferByte) frame.getRaster().getDataBuffer()).getData();
        int fw = frame.getWidth();
        int w = right - left;
        int h = bottom - top;
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            int i = ((top + y) * fw + left) * 3 + 1;
            int o = y * w;
            for (int x = 0; x < w; x++, i += 3) {
                out[o + x] = bgr[i];
            }
        }
        return new Luma(out, w, h);
    }
}
