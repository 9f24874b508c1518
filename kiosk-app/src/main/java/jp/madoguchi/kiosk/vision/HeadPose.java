package jp.madoguchi.kiosk.vision;

import org.opencv.calib3d.Calib3d;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfDouble;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.MatOfPoint3f;
import org.opencv.core.Point;
import org.opencv.core.Point3;

/**
 * Head pose from the face mesh: OpenCV's {@code solvePnP} fits MediaPipe's canonical 3D face to the
 * mesh points of its Procrustes basis (the landmarks expression moves least), with a pinhole camera
 * whose focal length is the image's long side (a normal lens; near frontal the angles hardly depend
 * on it) and whose centre is the image's. Yaw is the turn left/right, pitch the nod, roll the tilt,
 * in degrees, 0 when the face looks straight into the camera.
 */
record HeadPose(double yaw, double pitch, double roll) {

    static HeadPose of(FaceLandmarks mesh, CanonicalFace face, int width, int height) {
        int n = face.basis().length;
        Point3[] object = new Point3[n];
        Point[] image = new Point[n];
        for (int i = 0; i < n; i++) {
            int id = face.basis()[i];
            double[] v = face.vertex(id);
            object[i] = new Point3(v[0], -v[1], -v[2]); // to OpenCV's camera axes: y down, z away
            image[i] = new Point(mesh.x(id), mesh.y(id));
        }
        double f = Math.max(width, height);
        MatOfPoint3f obj = new MatOfPoint3f(object);
        MatOfPoint2f img = new MatOfPoint2f(image);
        Mat camera = Mat.zeros(3, 3, CvType.CV_64F);
        camera.put(0, 0, f, 0, width / 2.0, 0, f, height / 2.0, 0, 0, 1);
        MatOfDouble distortion = new MatOfDouble(0, 0, 0, 0);
        Mat rvec = new Mat();
        Mat tvec = new Mat();
        Mat rot = new Mat();
        try {
            Calib3d.solvePnP(obj, img, camera, distortion, rvec, tvec, false, Calib3d.SOLVEPNP_SQPNP);
            Calib3d.Rodrigues(rvec, rot);
            double[] r = new double[9];
            rot.get(0, 0, r);
            // R = Rz(roll) * Ry(yaw) * Rx(pitch) in the camera's axes
            double yaw = Math.toDegrees(Math.asin(Math.max(-1, Math.min(1, -r[6]))));
            double pitch = Math.toDegrees(Math.atan2(r[7], r[8]));
            double roll = Math.toDegrees(Math.atan2(r[3], r[0]));
            return new HeadPose(yaw, pitch, roll);
        } finally {
            obj.release();
            img.release();
            camera.release();
            distortion.release();
            rvec.release();
            tvec.release();
            rot.release();
        }
    }
}
