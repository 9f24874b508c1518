package jp.madoguchi.kiosk.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class LumaAndPaperTest {
    @Test
    void greyIsReadFromEveryLayoutAndHalvedByAveraging() {
        BufferedImage bgr = new BufferedImage(4, 2, BufferedImage.TYPE_3BYTE_BGR);
        bgr.setRGB(0, 0, 0x00FF00);
        bgr.setRGB(1, 0, 0x00FF00);
        Luma full = Luma.of(bgr);
        assertThat(full.at(0, 0)).isEqualTo(255);
        assertThat(full.at(2, 0)).isZero();
        assertThat(full.halved().at(0, 0)).isEqualTo(127); // (255 + 255 + 0 + 0) / 4
        BufferedImage rgb = new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB);
        rgb.setRGB(3, 1, 0xFFFFFF);
        assertThat(Luma.of(rgb).at(3, 1)).isEqualTo(255);
        assertThat(Luma.mean(List.of(full, Luma.of(new BufferedImage(4, 2, BufferedImage.TYPE_3BYTE_BGR)))).at(0, 0))
            .isEqualTo(127);
    }

    @Test
    void aFaintPatchIsStretchedToFullContrastButAFlatOneStaysFlat() {
        byte[] pixels = new byte[64 * 64];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (i % 64 < 32 ? 120 : (i / 64 < 32 ? 130 : 120)); // 10 levels of contrast, top right
        }
        Luma stretched = new Luma(pixels, 64, 64).stretchedLocally(16);
        assertThat(stretched.at(40, 10)).isEqualTo(255);
        assertThat(stretched.at(25, 10)).as("next to the faint edge: stretched down").isZero();
        assertThat(stretched.at(5, 10)).as("no edge within reach: left as it was, not amplified").isEqualTo(120);
        Luma flat = new Luma(new byte[64 * 64], 64, 64).stretchedLocally(16);
        assertThat(flat.at(5, 5)).isZero();
    }

    @Test
    void thePaperIsFoundOnADarkDeskAndAFullFrameOfPaperIsNotCropped() {
        BufferedImage desk = new BufferedImage(640, 360, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = desk.createGraphics();
        g.setColor(new Color(110, 80, 50));
        g.fillRect(0, 0, 640, 360);
        g.setColor(Color.WHITE);
        g.fillRect(200, 100, 150, 200);
        g.dispose();
        assertThat(PaperFinder.find(desk)).get().satisfies(box -> {
            assertThat(box.left()).isBetween(150, 200);
            assertThat(box.right()).isBetween(350, 400);
            assertThat(box.top()).isBetween(50, 100);
        });
        BufferedImage paper = new BufferedImage(640, 360, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D p = paper.createGraphics();
        p.setColor(Color.WHITE);
        p.fillRect(0, 0, 640, 360);
        p.dispose();
        assertThat(PaperFinder.find(paper)).isEmpty();
    }
}
