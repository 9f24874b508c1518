package jp.madoguchi.kiosk.scan;

import boofcv.abst.fiducial.QrCodeDetector;
import boofcv.alg.fiducial.qrcode.QrCode;
import boofcv.factory.fiducial.FactoryFiducial;
import boofcv.struct.image.GrayU8;
import java.util.Optional;

/**
 * BoofCV's QR detector: it finds position patterns with its own polygon fitting and reads
 * codes ZXing misses under blur and perspective. Not thread-safe (reuses its buffers).
 */
public final class BoofQr {
    private final QrCodeDetector<GrayU8> detector = FactoryFiducial.qrcode(null, GrayU8.class);

    public Optional<String> decode(Luma image) {
        GrayU8 grey = new GrayU8();
        grey.data = image.pixels();
        grey.width = image.width();
        grey.height = image.height();
        grey.stride = image.width();
        grey.startIndex = 0;
        try {
            detector.process(grey);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        for (QrCode qr : detector.getDetections()) {
            if (qr.message != null && !qr.message.isEmpty()) {
                return Optional.of(qr.message);
            }
        }
        return Optional.empty();
    }
}
