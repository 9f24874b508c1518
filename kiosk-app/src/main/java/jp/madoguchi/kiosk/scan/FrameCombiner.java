package jp.madoguchi.kiosk.scan;

import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Reads the QR from a stream of camera frames. Each frame is decoded on its own; when that
 * fails and the last few frames show the same still scene (the resident holding the form
 * steady), they are averaged and decoded again: averaging N frames divides sensor noise by
 * about the square root of N, which is what a faint code in a dim kiosk needs. A moving scene
 * is never averaged (that would smear the code). Not thread-safe: one decoder thread.
 */
public final class FrameCombiner {
    /** Frames averaged at most. */
    static final int DEPTH = 3;
    /** Mean grey difference between two frames below which the scene counts as still. */
    static final double STILL = 4.0;

    private final CameraQrPipeline pipeline;
    private final Deque<Luma> recent = new ArrayDeque<>();

    public FrameCombiner(CameraQrPipeline pipeline) {
        this.pipeline = pipeline;
    }

    public Optional<String> next(BufferedImage frame) {
        Luma luma = Luma.of(frame);
        Luma last = recent.peekLast();
        if (last != null && (last.width() != luma.width() || last.height() != luma.height()
            || last.differenceTo(luma) > STILL)) {
            recent.clear(); // the scene moved: older frames no longer show the same thing
        }
        recent.addLast(luma);
        if (recent.size() > DEPTH) {
            recent.removeFirst();
        }
        Optional<String> found = pipeline.decode(luma);
        if (found.isEmpty() && recent.size() > 1) {
            List<Luma> still = new ArrayList<>(recent);
            found = pipeline.decode(Luma.mean(still));
        }
        return found;
    }

    public void forget() {
        recent.clear();
    }
}
