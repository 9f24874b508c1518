package jp.madoguchi.kiosk.vision;

/**
 * Head pose estimated from BlazeFace's keypoints, after undoing the roll. Yaw: treating the head
 * as a cylinder with the nose tip on its surface, the nose's offset between the two ear points
 * gives {@code (dLeft - dRight) / (dLeft + dRight) = tan(yaw)}. Pitch: the nose tip's height
 * between the eye line and the mouth moves from its frontal share (0.55, the median of the
 * frontal photos of the developer set) as the head nods; the nose stands about half an eye
 * distance proud of the face. Both are estimates good to a few degrees near frontal, which is
 * where the +/-5 degree rule needs them.
 */
record Pose(double yaw, double pitch) {
    static final double FRONTAL_NOSE_SHARE = 0.55;

    static Pose of(FaceDetection f, double rollDeg) {
        double a = Math.toRadians(-rollDeg);
        double cx = (f.leftEye().x() + f.rightEye().x()) / 2;
        double cy = (f.leftEye().y() + f.rightEye().y()) / 2;
        double[] nose = rotate(f.nose(), cx, cy, a);
        double[] mouth = rotate(f.mouth(), cx, cy, a);
        double[] earL = rotate(f.leftEar(), cx, cy, a);
        double[] earR = rotate(f.rightEar(), cx, cy, a);
        double dl = nose[0] - earL[0];
        double dr = earR[0] - nose[0];
        double yaw = Math.toDegrees(Math.atan((dl - dr) / Math.max(1e-6, dl + dr)));
        double share = nose[1] / Math.max(1e-6, mouth[1]);
        double depth = 0.5 * f.interEye();
        double pitch = Math.toDegrees(Math.atan((share - FRONTAL_NOSE_SHARE) * mouth[1] / Math.max(1e-6, depth)));
        return new Pose(yaw, pitch);
    }

    private static double[] rotate(FaceDetection.Point p, double cx, double cy, double a) {
        double x = p.x() - cx;
        double y = p.y() - cy;
        return new double[] {x * Math.cos(a) - y * Math.sin(a), x * Math.sin(a) + y * Math.cos(a)};
    }
}
