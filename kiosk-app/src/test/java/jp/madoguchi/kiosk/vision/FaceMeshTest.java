package jp.madoguchi.kiosk.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jp.madoguchi.rules.photo.PhotoMeasurements;
import org.junit.jupiter.api.Test;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.imgproc.Imgproc;

/** The face mesh and the pose fitted to it, on a frontal developer photo and turned copies of it. */
class FaceMeshTest {
    @Test
    void theCanonicalFaceIsReadFromTheFetchedFile() {
        DevPhotos.requireModel();
        CanonicalFace face = CanonicalFace.read(ModelFiles.canonicalFace().orElseThrow());
        assertThat(face.vertices()).hasSize(FaceLandmarks.COUNT * 3);
        assertThat(face.basis()).hasSizeGreaterThanOrEqualTo(6);
        // the nose tip stands out towards the viewer; the forehead is above the chin
        assertThat(face.vertex(FaceLandmarks.NOSE_TIP)[2]).isGreaterThan(face.vertex(FaceLandmarks.CHIN)[2]);
        assertThat(face.vertex(FaceLandmarks.FOREHEAD_TOP)[1]).isGreaterThan(face.vertex(FaceLandmarks.CHIN)[1]);
    }

    @Test
    void theMeshSitsOnTheFaceTheDetectorFound() throws Exception {
        try (PhotoCheck check = DevPhotos.check(); FaceMesh mesh = new FaceMesh(ModelFiles.faceMesh().orElseThrow());
             PhotoFile.Decoded photo = PhotoFile.read(DevPhotos.photo("london_009_03.jpg"))) {
            FaceDetection face = check.mainFace(photo.bgr()).orElseThrow();
            FaceLandmarks m = mesh.landmarks(photo.bgr(), face);
            assertThat(m.score()).isGreaterThan(0.9);
            double ie = face.interEye();
            double[] leftEye = m.mid(FaceLandmarks.LEFT_EYE[0], FaceLandmarks.LEFT_EYE[1]);
            assertThat(Math.hypot(leftEye[0] - face.leftEye().x(), leftEye[1] - face.leftEye().y())).isLessThan(0.2 * ie);
            assertThat(m.y(FaceLandmarks.CHIN)).isGreaterThan(face.mouth().y());
            assertThat(m.y(FaceLandmarks.FOREHEAD_TOP)).isLessThan(face.leftEye().y());
        }
    }

    @Test
    void turningThePictureTurnsTheRollByAsMuchAndLeavesYawAndPitch() throws Exception {
        try (PhotoCheck check = DevPhotos.check(); PhotoFile.Decoded photo = PhotoFile.read(DevPhotos.photo("canada_003f.jpg"))) {
            PhotoMeasurements straight = check.check(photo.bgr()).measurements();
            assertThat(Math.abs(straight.yawDeg())).isLessThan(5);
            assertThat(Math.abs(straight.rollDeg())).isLessThan(8);
            for (double turn : new double[] {-12, 12}) {
                Mat rot = Imgproc.getRotationMatrix2D(new Point(straight.faceCentreX(), straight.eyeLineY()), turn, 1);
                Mat turned = new Mat();
                Imgproc.warpAffine(photo.bgr(), turned, rot, photo.bgr().size(), Imgproc.INTER_LINEAR, Core.BORDER_REPLICATE);
                PhotoMeasurements m = check.check(turned).measurements();
                rot.release();
                turned.release();
                assertThat(m.rollDeg() - straight.rollDeg()).as("roll after turning %s", turn).isCloseTo(-turn, within(1.5));
                assertThat(m.yawDeg()).isCloseTo(straight.yawDeg(), within(2.0));
            }
        }
    }
}
