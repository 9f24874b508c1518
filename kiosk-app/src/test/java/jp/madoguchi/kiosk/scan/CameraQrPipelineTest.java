package jp.madoguchi.kiosk.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import jp.madoguchi.kiosk.scan.bench.DeskScenes;
import jp.madoguchi.kiosk.scan.bench.Scene;
import org.junit.jupiter.api.Test;

/** The camera pipeline on a few generated frames (the full comparison is `./kiosk scan-bench`). */
class CameraQrPipelineTest {
    final CameraQrPipeline pipeline = new CameraQrPipeline();

    @Test
    void readsTurnedTiltedAndFaintFormsExactly() {
        List<Scene> scenes = DeskScenes.generate(3L, 1);
        int read = 0;
        for (Scene s : scenes) {
            var text = pipeline.decode(s.frame());
            text.ifPresent(t -> assertThat(t).as("never a wrong read (%s)", s.kind()).isEqualTo(s.payload()));
            read += text.isPresent() ? 1 : 0;
        }
        assertThat(read).as("frames read of " + scenes.size()).isGreaterThanOrEqualTo(6);
        for (Scene s : scenes.subList(0, 5)) {
            assertThat(pipeline.decode(s.frame())).as(s.kind()).contains(s.payload());
        }
    }

    @Test
    void anEmptyDeskAndOddImageTypesGiveNothingAndNeverThrow() {
        assertThat(pipeline.decode(new BufferedImage(1280, 720, BufferedImage.TYPE_3BYTE_BGR))).isEmpty();
        assertThat(pipeline.decode(new BufferedImage(33, 17, BufferedImage.TYPE_INT_ARGB))).isEmpty();
        assertThat(pipeline.decode(new BufferedImage(1, 1, BufferedImage.TYPE_USHORT_GRAY))).isEmpty();
    }

    @Test
    void greyFromEveryLayoutAgrees() {
        Scene s = DeskScenes.generate(5L, 1).get(0);
        BufferedImage rgb = new BufferedImage(s.frame().getWidth(), s.frame().getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(s.frame(), 0, 0, null);
        assertThat(pipeline.decode(rgb)).contains(s.payload());
    }
}
