package jp.madoguchi.kiosk.scan;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * Reads a QR code from one camera frame, cheapest attempt first, stopping at the first code:
 * <ol>
 *   <li>ZXing on the frame averaged down 2x2 (a quarter of the pixels, and the averaging
 *       removes sensor and JPEG noise): most frames end here;</li>
 *   <li>BoofCV on the same half-size image: its own finder-pattern search reads blurred,
 *       turned and tilted codes ZXing rejects;</li>
 *   <li>ZXing and then BoofCV on that image with its local contrast stretched: faint codes
 *       (grey on grey, a dim corner);</li>
 *   <li>ZXing and BoofCV at full size: codes too small to survive halving.</li>
 * </ol>
 * A wrong read is far worse than a miss (the resident can hold the form again), and both
 * decoders only return a code whose Reed-Solomon check passed; the form ID parser then checks
 * its shape. Not thread-safe: one pipeline per camera thread.
 */
public final class CameraQrPipeline {
    private final ZxingQr zxing = new ZxingQr();
    private final BoofQr boof = new BoofQr();

    public Optional<String> decode(BufferedImage frame) {
        Luma half = Luma.halfOf(frame);
        Optional<String> found = zxing.decode(half);
        if (found.isEmpty()) {
            found = boof.decode(half);
        }
        if (found.isEmpty()) {
            Luma stretched = half.stretchedLocally(16);
            found = zxing.decode(stretched);
            if (found.isEmpty()) {
                found = boof.decode(stretched);
            }
        }
        if (found.isEmpty()) {
            Luma full = Luma.of(frame);
            found = zxing.decode(full);
            if (found.isEmpty()) {
                found = boof.decode(full);
            }
        }
        return found;
    }
}
