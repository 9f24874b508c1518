package jp.madoguchi.kiosk.scan;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Map;
import java.util.Optional;

/** ZXing's QR reader on a grey image, locally adaptive binarisation (HybridBinarizer). */
public final class ZxingQr {
    private static final Map<DecodeHintType, Object> HARDER = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);
    private final QRCodeReader reader = new QRCodeReader();
    private final Map<DecodeHintType, Object> hints;

    /** @param tryHarder search every row for finder patterns (slower; finds small and turned codes) */
    public ZxingQr(boolean tryHarder) {
        this.hints = tryHarder ? HARDER : Map.of();
    }

    public ZxingQr() {
        this(true);
    }

    public Optional<String> decode(Luma image) {
        LuminanceSource source = new PlanarYUVLuminanceSource(image.pixels(), image.width(), image.height(), 0, 0,
            image.width(), image.height(), false);
        try {
            Result result = reader.decode(new BinaryBitmap(new HybridBinarizer(source)), hints);
            return Optional.of(result.getText());
        } catch (ReaderException | RuntimeException e) {
            // not found, checksum or format failure: ZXing's way of saying "no code here"
            return Optional.empty();
        } finally {
            reader.reset();
        }
    }
}
