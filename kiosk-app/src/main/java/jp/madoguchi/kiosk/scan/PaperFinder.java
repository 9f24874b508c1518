package jp.madoguchi.kiosk.scan;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where the form probably is: paper is the bright part of the frame, and the QR is printed on
 * it. A coarse look (every 8th pixel of the green channel) finds the box around the bright
 * samples, so the first decoding attempt reads a crop instead of the whole frame. Only a hint:
 * when the box is most of the frame, or nothing stands out, there is no crop, and the pipeline
 * always falls back to the whole frame.
 */
final class PaperFinder {
    private static final int STEP = 8;
    private static final int MARGIN = 24;

    /** left, top, right, bottom in frame pixels. */
    record Box(int left, int top, int right, int bottom) {
        int width() {
            return right - left;
        }

        int height() {
            return bottom - top;
        }
    }

    private PaperFinder() {
    }

    static Optional<Box> find(BufferedImage frame) {
        if (frame.getType() != BufferedImage.TYPE_3BYTE_BGR) {
            return Optional.empty();
        }
        int w = frame.getWidth();
        int h = frame.getHeight();
        int cols = w / STEP;
        int rows = h / STEP;
        if (cols < 8 || rows < 8) {
            return Optional.empty();
        }
        byte[] bgr = ((DataBufferByte) frame.getRaster().getDataBuffer()).getData();
        int[] samples = new int[cols * rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                samples[r * cols + c] = bgr[((r * STEP) * w + c * STEP) * 3 + 1] & 0xFF;
            }
        }
        int[] sorted = samples.clone();
        Arrays.sort(sorted);
        int dark = sorted[sorted.length / 10];
        int bright = sorted[sorted.length * 98 / 100]; // a small form may be a few per cent of the frame
        if (bright - dark < 40) {
            return Optional.empty(); // nothing stands out: no guess
        }
        int threshold = (dark + bright) / 2;
        int left = cols;
        int top = rows;
        int right = -1;
        int bottom = -1;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (samples[r * cols + c] > threshold) {
                    left = Math.min(left, c);
                    right = Math.max(right, c);
                    top = Math.min(top, r);
                    bottom = Math.max(bottom, r);
                }
            }
        }
        Box box = new Box(Math.max(0, left * STEP - MARGIN), Math.max(0, top * STEP - MARGIN),
            Math.min(w, (right + 1) * STEP + MARGIN), Math.min(h, (bottom + 1) * STEP + MARGIN));
        boolean worthIt = right >= 0 && (long) box.width() * box.height() < 0.85 * w * h && box.width() > 64 && box.height() > 64;
        return worthIt ? Optional.of(box) : Optional.empty();
    }
}
