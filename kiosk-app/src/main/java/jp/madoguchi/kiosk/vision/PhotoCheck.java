package jp.madoguchi.kiosk.vision;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.rules.photo.CropBox;
import jp.madoguchi.rules.photo.PhotoJudge;
import jp.madoguchi.rules.photo.PhotoMeasurements;
import jp.madoguchi.rules.photo.PhotoReason;
import jp.madoguchi.rules.photo.PhotoVerdict;
import org.opencv.core.Mat;

/**
 * The photo check staff run on a resident's own file and the kiosk runs on its capture: decode,
 * measure, judge. In the kiosk's mode the framing a crop can fix is not a reason and the file
 * rules do not apply (the kiosk writes its own file); {@code asIs} judges the file as submitted.
 */
public final class PhotoCheck implements AutoCloseable {
    private final FaceAnalyser analyser;
    private final PhotoJudge judge;

    public PhotoCheck(FaceAnalyser analyser, PhotoJudge judge) {
        this.analyser = analyser;
        this.judge = judge;
    }

    public record Result(PhotoVerdict verdict, PhotoMeasurements measurements, Optional<CropBox> crop) {
    }

    public Result check(PhotoFile.Decoded photo, boolean asIs) {
        FaceAnalyser.Analysis analysis = analyser.analyse(photo.bgr());
        PhotoMeasurements m = analysis.measurements();
        PhotoJudge.Judgement j = judge.judge(m, asIs);
        List<PhotoReason> reasons = new ArrayList<>(j.verdict().reasons());
        if (asIs) {
            reasons.addAll(judge.fileReasons(photo.facts()));
        }
        PhotoVerdict verdict = PhotoVerdict.of(List.copyOf(new LinkedHashSet<>(reasons)));
        Optional<CropBox> crop = j.crop().map(c -> scale(c, photo.scale()));
        return new Result(verdict, m, crop);
    }

    /** The kiosk-mode verdict of an image in memory (a frame, or a generated variant of a photo). */
    public Result check(Mat bgr) {
        FaceAnalyser.Analysis analysis = analyser.analyse(bgr);
        PhotoJudge.Judgement j = judge.judge(analysis.measurements(), false);
        return new Result(j.verdict(), analysis.measurements(), j.crop());
    }

    /** The main face the detector finds, for tools that place things on it. */
    public Optional<FaceDetection> mainFace(Mat bgr) {
        return Optional.ofNullable(analyser.analyse(bgr).main());
    }

    private static CropBox scale(CropBox c, double k) {
        return k == 1 ? c : new CropBox((int) (c.x() * k), (int) (c.y() * k), (int) (c.width() * k),
            (int) (c.height() * k));
    }

    public PhotoJudge judge() {
        return judge;
    }

    @Override
    public void close() {
        analyser.close();
    }
}
