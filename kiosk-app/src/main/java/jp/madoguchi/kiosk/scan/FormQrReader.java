package jp.madoguchi.kiosk.scan;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.kiosk.scan.bench.DeskScenes;
import jp.madoguchi.rules.form.ApplicationFormId;
import jp.madoguchi.rules.form.FormIdParser;
import jp.madoguchi.rules.form.FormIdReading;

/** A camera frame or a photo of a form to an Application Form ID, through the QR pipeline and the rules' parser. */
public final class FormQrReader {
    /** The error code when no QR code could be read at all. */
    public static final String NO_QR_CODE = "no_qr_code";

    private final CameraQrPipeline pipeline = new CameraQrPipeline();
    private final FormIdParser parser = new FormIdParser();

    /**
     * @param formId the ID, when the QR carried one
     * @param error  {@link #NO_QR_CODE} or the parser's refusal code, when it did not
     * @param millis decode and parse time of this image
     */
    public record Reading(Optional<ApplicationFormId> formId, Optional<String> error, double millis) {
    }

    public Reading read(BufferedImage frame) {
        long start = System.nanoTime();
        Optional<String> payload = pipeline.decode(frame);
        FormIdReading parsed = payload.map(parser::parse).orElse(null);
        double millis = (System.nanoTime() - start) / 1e6;
        if (parsed == null) {
            return new Reading(Optional.empty(), Optional.of(NO_QR_CODE), millis);
        }
        if (parsed instanceof FormIdReading.Accepted accepted) {
            return new Reading(Optional.of(accepted.id()), Optional.empty(), millis);
        }
        return new Reading(Optional.empty(), Optional.of(((FormIdReading.Refused) parsed).reason().code()), millis);
    }

    /**
     * Loads every decoder's classes and lets the JIT compile the hot paths on a few synthetic
     * frames (each kind takes different stages), for at most {@code budgetMillis}, so the times
     * reported for the caller's images are those of a running kiosk, not of a cold JVM.
     */
    public void warmUp(long budgetMillis) {
        long deadline = System.nanoTime() + budgetMillis * 1_000_000L;
        List<BufferedImage> frames = new ArrayList<>();
        frames.add(new BufferedImage(1280, 720, BufferedImage.TYPE_3BYTE_BGR));
        for (String kind : List.of("plain", "perspective", "small")) {
            frames.add(DeskScenes.one(kind, 7L).frame());
        }
        while (System.nanoTime() < deadline) {
            for (BufferedImage frame : frames) {
                read(frame);
            }
        }
    }
}
