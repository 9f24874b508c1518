package jp.madoguchi.kiosk.documents;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * QR codes with ZXing at error correction level M (15 % of the code may be lost to a crease or
 * a smudge and it still reads), with the standard 4-module quiet zone included.
 */
final class QrCodes {
    static final ErrorCorrectionLevel LEVEL = ErrorCorrectionLevel.M;

    private QrCodes() {
    }

    static boolean[][] modules(String payload) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0,
                Map.of(EncodeHintType.ERROR_CORRECTION, LEVEL, EncodeHintType.MARGIN, 4));
            boolean[][] modules = new boolean[matrix.getHeight()][matrix.getWidth()];
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    modules[y][x] = matrix.get(x, y);
                }
            }
            return modules;
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code for this payload", e);
        }
    }
}
