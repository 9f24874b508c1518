package jp.madoguchi.kiosk.vision;

import jp.madoguchi.kiosk.vision.FaceDetection.Point;

/**
 * Where the main face's parts are, in image pixels, and how the head is turned: from the face mesh
 * (eye centres from the eye contours, the chin point, pose by solvePnP) or, without it, from the
 * detector's six keypoints (the issue-4 estimates: chin 1.62 eye-to-mouth distances below the eyes,
 * {@link Pose} from the nose between the ears). Eyes are named by picture side.
 */
record FaceGeometry(Point leftEye, Point rightEye, Point nose, Point mouth, double chinY, double rollDeg,
                    double yawDeg, double pitchDeg, FaceLandmarks mesh) {
    /** Chin below the eye line, in eye-to-mouth distances, when only keypoints are known. */
    static final double CHIN_RATIO = 1.62;

    static FaceGeometry fromKeypoints(FaceDetection f) {
        double roll = Math.toDegrees(Math.atan2(f.rightEye().y() - f.leftEye().y(), f.rightEye().x() - f.leftEye().x()));
        Pose pose = Pose.of(f, roll);
        double ey = (f.leftEye().y() + f.rightEye().y()) / 2;
        double ex = (f.leftEye().x() + f.rightEye().x()) / 2;
        double eyeMouth = Math.max(1, Math.hypot(f.mouth().x() - ex, f.mouth().y() - ey));
        double chin = ey + CHIN_RATIO * eyeMouth * Math.cos(Math.toRadians(roll));
        return new FaceGeometry(f.leftEye(), f.rightEye(), f.nose(), f.mouth(), chin, roll, pose.yaw(), pose.pitch(),
            null);
    }

    static FaceGeometry fromMesh(FaceLandmarks m, CanonicalFace canonical, int width, int height) {
        HeadPose pose = HeadPose.of(m, canonical, width, height);
        return new FaceGeometry(eyeCentre(m, FaceLandmarks.LEFT_EYE), eyeCentre(m, FaceLandmarks.RIGHT_EYE),
            new Point(m.x(FaceLandmarks.NOSE_TIP), m.y(FaceLandmarks.NOSE_TIP)),
            new Point((m.x(FaceLandmarks.UPPER_LIP) + m.x(FaceLandmarks.LOWER_LIP)) / 2,
                (m.y(FaceLandmarks.UPPER_LIP) + m.y(FaceLandmarks.LOWER_LIP)) / 2),
            m.y(FaceLandmarks.CHIN), pose.roll(), pose.yaw(), pose.pitch(), m);
    }

    /** The middle of an eye's two corners and two lids. */
    private static Point eyeCentre(FaceLandmarks m, int[] eye) {
        double x = 0;
        double y = 0;
        for (int i : eye) {
            x += m.x(i) / eye.length;
            y += m.y(i) / eye.length;
        }
        return new Point(x, y);
    }

    /** The mouth's width over the eye distance, from the mesh (NaN without it). */
    double mouthWidth() {
        return mesh == null ? Double.NaN : mesh.distance(FaceLandmarks.MOUTH_LEFT, FaceLandmarks.MOUTH_RIGHT)
            / Math.max(1, interEye());
    }

    /** The narrower eye's lid opening over its width, corner to corner (NaN without a mesh). */
    double lidOpening() {
        if (mesh == null) {
            return Double.NaN;
        }
        return Math.min(opening(FaceLandmarks.LEFT_EYE), opening(FaceLandmarks.RIGHT_EYE));
    }

    private double opening(int[] eye) {
        return mesh.distance(eye[2], eye[3]) / Math.max(1, mesh.distance(eye[0], eye[1]));
    }

    /** The lips' opening over the eye distance: the mean of three mesh pairs across the inner lips' middle (NaN without a mesh). */
    double lipGap() {
        if (mesh == null) {
            return Double.NaN;
        }
        double gap = 0;
        for (int[] pair : FaceLandmarks.INNER_LIPS) {
            gap += mesh.distance(pair[0], pair[1]) / FaceLandmarks.INNER_LIPS.length;
        }
        return gap / Math.max(1, interEye());
    }

    double interEye() {
        return Math.hypot(rightEye.x() - leftEye.x(), rightEye.y() - leftEye.y());
    }

    double eyeX() {
        return (leftEye.x() + rightEye.x()) / 2;
    }

    double eyeY() {
        return (leftEye.y() + rightEye.y()) / 2;
    }

    double eyeMouth() {
        return Math.max(1, Math.hypot(mouth.x() - eyeX(), mouth.y() - eyeY()));
    }
}
