package jp.madoguchi.rules.photo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FramingTest {
    final Framing framing = new Framing(PhotoSpec.load());

    static PhotoMeasurements head(int w, int h, double crown, double chin, double centreX) {
        PhotoMeasurements g = PhotoJudgeTest.good();
        return new PhotoMeasurements(w, h, 1, crown, true, chin, crown + (chin - crown) * 0.5, centreX,
            (chin - crown) * 0.6, 150, 0, 0, 0, g.eyesOpen(), g.mouthOpen(), g.glassesEdges(), 0, 200, 10, 0.01, 140, 0,
            0.95, 300, 0, 0.05, 5, 0.5, 0.3, 1.0, 0.02, 0.8);
    }

    @Test
    void theCropMeetsEveryFramingRule() {
        // a 1:1 studio frame with the head half the height: the kiosk's crop fixes it
        PhotoMeasurements m = head(800, 800, 150, 550, 400);
        CropBox c = framing.crop(m).orElseThrow();
        double mm = c.height() / 45.0;
        assertThat((m.chinY() - m.crownY()) / mm).isBetween(32.0, 36.0);
        assertThat((m.crownY() - c.y()) / mm).isBetween(2.0, 6.0);
        assertThat(Math.abs(c.x() + c.width() / 2.0 - m.faceCentreX()) / mm).isLessThanOrEqualTo(2.0);
        assertThat((double) c.width() / c.height()).isCloseTo(35.0 / 45, org.assertj.core.data.Offset.offset(0.01));
        assertThat(c.x()).isNotNegative();
        assertThat(c.y() + c.height()).isLessThanOrEqualTo(800);
        // the middle of each range when there is room: 34 mm head, 4 mm above
        assertThat((m.chinY() - m.crownY()) / mm).isCloseTo(34.0, org.assertj.core.data.Offset.offset(0.3));
    }

    @Test
    void aHeadCutByTheTopOrFillingTheFrameCannotBeCropped() {
        assertThat(framing.crop(head(320, 243, 2, 225, 160))).isEmpty();
        assertThat(framing.whyNoCrop(head(320, 243, 2, 225, 160))).containsExactly(PhotoReason.FACE_TOO_LARGE);
        assertThat(framing.crop(head(600, 800, 0, 600, 300))).isEmpty();
    }

    @Test
    void aHeadAtTheSideEdgeIsOffCentre() {
        PhotoMeasurements m = head(800, 800, 150, 550, 60);
        assertThat(framing.crop(m)).isEmpty();
        assertThat(framing.whyNoCrop(m)).containsExactly(PhotoReason.OFF_CENTRE);
    }

    @Test
    void asIsJudgesTheImageAsGiven() {
        assertThat(framing.asIs(head(800, 800, 150, 550, 400))).contains(PhotoReason.FACE_TOO_SMALL);
        PhotoMeasurements fitted = head(350, 450, 40, 40 + 340, 175);
        assertThat(framing.asIs(fitted)).isEmpty();
        assertThat(framing.asIs(head(350, 450, 5, 430, 175))).contains(PhotoReason.FACE_TOO_LARGE);
    }

    @Test
    void middleOutStartsAtTheMiddle() {
        assertThat(Framing.middleOut(32, 36)).startsWith(34.0, 33.75, 34.25).hasSize(17);
    }
}
