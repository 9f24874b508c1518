package jp.madoguchi.kiosk.scan;

import boofcv.abst.fiducial.QrCodeDetector;
import boofcv.alg.fiducial.qrcode.QrCode;
import boofcv.factory.fiducial.ConfigQrCode;
import boofcv.factory.fiducial.FactoryFiducial;
import boofcv.factory.filter.binary.ConfigThreshold;
import boofcv.factory.filter.binary.ThresholdType;
import boofcv.struct.image.GrayU8;
import georegression.struct.point.Point2D_F64;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * BoofCV's QR detector: it finds position patterns with its own polygon fitting and reads
 * codes ZXing misses under blur and perspective. When it finds a code but cannot decode it,
 * it still knows where the code is: {@link #misses()} gives those places so the pipeline can
 * look closer. Not thread-safe (reuses its buffers).
 */
public final class BoofQr {
    /** Where a code was found but not read, in the pixels of the image given to {@link #decode}. */
    public record Region(int left, int top, int right, int bottom) {
        public int size() {
            return Math.max(right - left, bottom - top);
        }
    }

    private final QrCodeDetector<GrayU8> detector;
    private final List<Region> misses = new ArrayList<>();

    /** BoofCV's default set-up (block min-max thresholding). */
    public BoofQr() {
        this.detector = FactoryFiducial.qrcode(null, GrayU8.class);
    }

    /**
     * Thresholding against the mean of a square of {@code radius} pixels around each pixel:
     * on blurred and faint full-size frames it keeps modules apart where block thresholds merge them.
     */
    public BoofQr(int localMeanRadius) {
        ConfigQrCode config = new ConfigQrCode();
        config.threshold = ConfigThreshold.local(ThresholdType.LOCAL_MEAN, localMeanRadius);
        this.detector = FactoryFiducial.qrcode(config, GrayU8.class);
    }

    public Optional<String> decode(Luma image) {
        misses.clear();
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
        for (QrCode qr : detector.getFailures()) {
            if (qr.bounds != null && qr.bounds.size() > 0 && misses.size() < 3) {
                misses.add(regionOf(qr));
            }
        }
        return Optional.empty();
    }

    /** The codes the last {@link #decode} located but could not read (at most three). */
    public List<Region> misses() {
        return List.copyOf(misses);
    }

    private static Region regionOf(QrCode qr) {
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (int i = 0; i < qr.bounds.size(); i++) {
            Point2D_F64 p = qr.bounds.get(i);
            left = Math.min(left, p.x);
            top = Math.min(top, p.y);
            right = Math.max(right, p.x);
            bottom = Math.max(bottom, p.y);
        }
        return new Region((int) left, (int) top, (int) Math.ceil(right), (int) Math.ceil(bottom));
    }
}
