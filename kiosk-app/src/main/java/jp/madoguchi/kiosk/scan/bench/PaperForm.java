package jp.madoguchi.kiosk.scan.bench;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import java.util.Random;

/**
 * A grey application form page as a benchmark subject: title bar, boxes and lines of "text"
 * (bars, which also give decoders false finder-pattern candidates), the QR with its quiet zone
 * beside the printed ID. {@link #MODULE} form pixels per QR module.
 */
final class PaperForm {
    static final int MODULE = 8;
    final int width = 900;
    final int height = 1270;
    final byte[] grey = new byte[width * height];
    final double qrCenterX;
    final double qrCenterY;

    PaperForm(String payload, Random random) {
        java.util.Arrays.fill(grey, (byte) 245);
        fill(40, 40, width - 80, 50, 60);                       // title bar
        for (int line = 0; line < 26; line++) {                 // text lines and boxes
            int y = 130 + line * 42;
            int x = 40 + random.nextInt(30);
            int w = 200 + random.nextInt(width - 340);
            fill(x, y, w, 12, 70 + random.nextInt(60));
            if (line % 6 == 0) {
                box(40, y - 10, width - 80, 34, 110);
            }
        }
        BitMatrix qr = encode(payload, random);
        int size = qr.getWidth() * MODULE;
        int left = width - 60 - size;
        int top = height - 60 - size;
        fill(left - 8, top - 8, size + 16, size + 16, 250);   // the printed quiet zone stays clear
        for (int y = 0; y < qr.getHeight(); y++) {
            for (int x = 0; x < qr.getWidth(); x++) {
                if (qr.get(x, y)) {
                    fill(left + x * MODULE, top + y * MODULE, MODULE, MODULE, 20);
                }
            }
        }
        fill(40, top + size / 2, left - 100, 16, 40);         // the ID printed beside the code
        qrCenterX = left + size / 2.0;
        qrCenterY = top + size / 2.0;
    }

    private static BitMatrix encode(String payload, Random random) {
        try {
            ErrorCorrectionLevel level = random.nextBoolean() ? ErrorCorrectionLevel.M : ErrorCorrectionLevel.L;
            return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0,
                Map.of(EncodeHintType.ERROR_CORRECTION, level, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalStateException("cannot encode a benchmark payload", e);
        }
    }

    int at(int x, int y) {
        return grey[y * width + x] & 0xFF;
    }

    private void fill(int x0, int y0, int w, int h, int value) {
        for (int y = Math.max(0, y0); y < Math.min(height, y0 + h); y++) {
            for (int x = Math.max(0, x0); x < Math.min(width, x0 + w); x++) {
                grey[y * width + x] = (byte) value;
            }
        }
    }

    private void box(int x, int y, int w, int h, int value) {
        fill(x, y, w, 2, value);
        fill(x, y + h - 2, w, 2, value);
        fill(x, y, 2, h, value);
        fill(x + w - 2, y, 2, h, value);
    }
}
