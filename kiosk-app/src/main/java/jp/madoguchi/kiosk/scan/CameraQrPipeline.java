package jp.madoguchi.kiosk.scan;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a QR code from one camera frame, cheapest attempt first, stopping at the first code:
 * <ol>
 *   <li>ZXing on the green channel (a printed QR is black on white, so green carries it all),
 *       first on the bright box where the paper is ({@link PaperFinder}), then on the whole
 *       frame: most frames end here, in a couple of milliseconds;</li>
 *   <li>BoofCV on the frame averaged down 2x2 (a quarter of the pixels, sensor and JPEG noise
 *       averaged away), local-mean thresholding first, then its default block thresholds: its
 *       own finder-pattern search reads turned, tilted and faint codes ZXing rejects;</li>
 *   <li>ZXing at full size searching every row (small codes); both decoders on the half-size
 *       image with its local contrast stretched (grey on grey, a dim corner); BoofCV at full
 *       size with local-mean thresholding; both on the full frame stretched (small, faint and
 *       blurred at once);</li>
 *   <li>a closer look where BoofCV located a code it could not read: that region of the full
 *       frame, enlarged, contrast-stretched and sharpened, to ZXing and BoofCV;</li>
 *   <li>BoofCV on the whole frame sharpened (defocus), then doubled (codes of under two
 *       pixels per module).</li>
 * </ol>
 * A wrong read is far worse than a miss, and both decoders return only codes whose
 * Reed-Solomon check passed; the form ID parser then checks the shape. Not thread-safe: one
 * pipeline per camera thread.
 */
public final class CameraQrPipeline {
    private final ZxingQr quick = new ZxingQr(false);
    private final ZxingQr zxing = new ZxingQr(true);
    private final BoofQr boof = new BoofQr();
    private final BoofQr boofLocalMean = new BoofQr(11);

    private byte[] frameBuffer = new byte[0];

    public Optional<String> decode(BufferedImage frame) {
        int pixels = frame.getWidth() * frame.getHeight();
        if (frameBuffer.length != pixels) {
            frameBuffer = new byte[pixels];
        }
        Optional<PaperFinder.Box> paper = PaperFinder.find(frame);
        if (paper.isPresent()) {
            PaperFinder.Box b = paper.get();
            Optional<String> found = quick.decode(Luma.greenBox(frame, b.left(), b.top(), b.right(), b.bottom()));
            if (found.isPresent()) {
                return found;
            }
        }
        return decode(Luma.of(frame, frameBuffer));
    }

    /** The same steps on a grey image (e.g. several frames averaged by {@link FrameCombiner}). */
    public Optional<String> decode(Luma full) {
        Optional<String> found = quick.decode(full);
        if (found.isPresent()) {
            return found;
        }
        Luma half = full.halved();
        List<BoofQr.Region> located = new ArrayList<>();
        found = boofOn(boofLocalMean, half, 2, located).or(() -> boofOn(half, 2, located)).or(() -> zxing.decode(full));
        if (found.isEmpty()) {
            Luma stretched = half.stretchedLocally(16);
            found = zxing.decode(stretched).or(() -> boofOn(stretched, 2, located));
        }
        if (found.isEmpty()) {
            found = boofOn(boofLocalMean, full, 1, located);
        }
        if (found.isEmpty()) {
            Luma stretched = full.stretchedLocally(24);
            found = zxing.decode(stretched).or(() -> boofOn(boofLocalMean, stretched, 1, located));
        }
        for (int i = 0; i < located.size() && found.isEmpty(); i++) {
            found = closer(full, located.get(i));
        }
        if (found.isEmpty()) {
            // last resorts, each tens of milliseconds: steeper edges for a defocused code, then
            // twice the pixels per module for a code too small for the finder-pattern search
            found = boofOn(boofLocalMean, full.sharpened(), 1, located)
                .or(() -> boofLocalMean.decode(full.doubled()));
        }
        return found;
    }

    /** BoofCV (default set-up) on {@code image}; codes it located but could not read go to {@code located}, in full-frame pixels. */
    private Optional<String> boofOn(Luma image, int scale, List<BoofQr.Region> located) {
        return boofOn(boof, image, scale, located);
    }

    private static Optional<String> boofOn(BoofQr decoder, Luma image, int scale, List<BoofQr.Region> located) {
        Optional<String> found = decoder.decode(image);
        if (found.isEmpty() && located.size() < 4) {
            for (BoofQr.Region r : decoder.misses()) {
                located.add(new BoofQr.Region(r.left() * scale, r.top() * scale, r.right() * scale, r.bottom() * scale));
            }
        }
        return found;
    }

    /** The located region with a margin for the quiet zone, enlarged to about 400 px, stretched and sharpened. */
    private Optional<String> closer(Luma full, BoofQr.Region r) {
        int margin = Math.max(8, r.size() / 4);
        Luma crop = full.crop(r.left() - margin, r.top() - margin, r.right() + margin, r.bottom() + margin);
        if (crop.width() < 16 || crop.height() < 16) {
            return Optional.empty();
        }
        Luma grown = crop;
        while (grown.width() < 300 && grown.height() < 300) {
            grown = grown.doubled();
        }
        Luma enlarged = grown;
        Luma clear = enlarged.stretchedLocally(Math.max(16, enlarged.width() / 8)).sharpened();
        return zxing.decode(clear).or(() -> zxing.decode(enlarged)).or(() -> boof.decode(clear));
    }
}
