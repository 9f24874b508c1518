package jp.madoguchi.kiosk.flow;

import java.util.Optional;
import jp.madoguchi.rules.photo.CropBox;
import jp.madoguchi.rules.photo.PhotoMeasurements;
import jp.madoguchi.rules.photo.PhotoVerdict;

/** One frame's judgement: the verdict, what was measured (for marking the problem) and the crop. */
public record PhotoReport(PhotoVerdict verdict, PhotoMeasurements measurements, Optional<CropBox> crop) {
    public boolean compliant() {
        return verdict.compliant() && crop.isPresent();
    }
}
