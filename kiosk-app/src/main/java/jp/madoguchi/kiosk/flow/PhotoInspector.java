package jp.madoguchi.kiosk.flow;

import java.awt.image.BufferedImage;
import jp.madoguchi.rules.photo.CropBox;

/**
 * Judges camera frames against the photo rules and writes the photo file. The kiosk's
 * implementation is the OpenCV face analysis in {@code kiosk.vision}; the flow only sees plain
 * verdicts and measurements. Implementations must be safe to call from any one thread at a time.
 */
public interface PhotoInspector {
    /** The frame judged as the kiosk's own crop of it would be. */
    PhotoReport inspect(BufferedImage frame);

    /** The 35:45 crop of {@code frame} as the file J-LIS takes (baseline RGB JPEG, 20 KB-7 MB, 480-6000 px). */
    byte[] encode(BufferedImage frame, CropBox crop);
}
