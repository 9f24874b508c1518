package jp.madoguchi.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import jp.madoguchi.devices.api.Frame;
import jp.madoguchi.kiosk.flow.FlowEvent;
import jp.madoguchi.kiosk.flow.KioskState;
import jp.madoguchi.kiosk.flow.PhotoInspector;
import jp.madoguchi.kiosk.flow.PhotoReport;
import jp.madoguchi.rules.photo.CropBox;
import jp.madoguchi.rules.photo.PhotoMeasurements;
import jp.madoguchi.rules.photo.PhotoReason;
import jp.madoguchi.rules.photo.PhotoVerdict;
import org.junit.jupiter.api.Test;

/** The live analysis drops frames while busy and never runs outside the photo screen. */
class LivePhotoCheckTest {
    final Frame frame = new Frame(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), Instant.EPOCH);

    /** An inspector that holds each frame until the test lets it go, like a slow analysis. */
    static final class SlowInspector implements PhotoInspector {
        final CountDownLatch release = new CountDownLatch(1);
        int inspected;

        @Override
        public PhotoReport inspect(BufferedImage image) {
            inspected++;
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new PhotoReport(PhotoVerdict.of(List.of(PhotoReason.NO_FACE)), PhotoMeasurements.noFace(64, 48),
                Optional.empty());
        }

        @Override
        public byte[] encode(BufferedImage image, CropBox crop) {
            throw new UnsupportedOperationException("live analysis never encodes");
        }
    }

    @Test
    void framesArrivingWhileBusyAreDroppedNotQueued() throws Exception {
        SlowInspector slow = new SlowInspector();
        List<FlowEvent> sent = new CopyOnWriteArrayList<>();
        try (LivePhotoCheck live = new LivePhotoCheck(slow, () -> KioskState.PHOTO, sent::add)) {
            assertThat(live.offer(frame)).isTrue();
            for (int i = 0; i < 10; i++) {
                assertThat(live.offer(frame)).isFalse();
            }
            assertThat(live.dropped()).isEqualTo(10);
            slow.release.countDown();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (sent.isEmpty() && System.nanoTime() < until) {
                Thread.sleep(5);
            }
            assertThat(sent).singleElement().isInstanceOf(FlowEvent.PhotoChecked.class);
            assertThat(slow.inspected).isEqualTo(1);
        }
    }

    @Test
    void nothingIsAnalysedAwayFromThePhotoScreen() {
        SlowInspector slow = new SlowInspector();
        slow.release.countDown();
        try (LivePhotoCheck live = new LivePhotoCheck(slow, () -> KioskState.REVIEW, e -> { })) {
            assertThat(live.offer(frame)).isFalse();
        }
        assertThat(slow.inspected).isZero();
    }
}
