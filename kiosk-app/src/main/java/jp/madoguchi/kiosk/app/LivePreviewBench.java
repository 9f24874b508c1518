package jp.madoguchi.kiosk.app;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import jp.madoguchi.devices.api.DeviceUnavailableException;
import jp.madoguchi.kiosk.flow.FlowEvent;
import jp.madoguchi.kiosk.flow.KioskState;
import jp.madoguchi.kiosk.flow.PhotoInspector;
import jp.madoguchi.sim.device.FaceImages;
import jp.madoguchi.sim.device.SimCamera;

/**
 * The live photo screen's threads under load, for {@code ./kiosk photo-bench}: the simulated
 * camera (through webcam-capture) at 30 fps feeding both a preview counter and the live analysis,
 * as the kiosk wires them. Reports the frames the preview received per second and the frames
 * analysed per second; the analysis drops frames instead of slowing the preview.
 */
public final class LivePreviewBench {
    private LivePreviewBench() {
    }

    public record Result(double seconds, double previewFps, double analysedFps, long dropped, String face) {
    }

    public static Result run(PhotoInspector inspector, String face, double seconds) throws DeviceUnavailableException,
        InterruptedException {
        SimCamera camera = new SimCamera(FaceImages.locate(Optional.empty()), 30, Clock.systemUTC());
        AtomicLong previewed = new AtomicLong();
        AtomicLong analysed = new AtomicLong();
        try (LivePhotoCheck live = new LivePhotoCheck(inspector, () -> KioskState.PHOTO, e -> {
            if (e instanceof FlowEvent.PhotoChecked) {
                analysed.incrementAndGet();
            }
        })) {
            camera.show(face);
            camera.onFrame(f -> previewed.incrementAndGet());
            live.watch(camera);
            camera.startLiveView();
            Thread.sleep(1000); // warm-up
            long p0 = previewed.get();
            long a0 = analysed.get();
            long d0 = live.dropped();
            long t0 = System.nanoTime();
            Thread.sleep((long) (seconds * 1000));
            double s = (System.nanoTime() - t0) / 1e9;
            return new Result(s, (previewed.get() - p0) / s, (analysed.get() - a0) / s, live.dropped() - d0, face);
        } finally {
            camera.close();
        }
    }
}
