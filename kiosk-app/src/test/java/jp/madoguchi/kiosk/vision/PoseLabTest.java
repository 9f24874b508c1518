package jp.madoguchi.kiosk.vision;

import java.nio.file.*;
import java.util.*;
import org.junit.jupiter.api.Test;
import org.opencv.calib3d.Calib3d;
import org.opencv.core.*;
import org.opencv.imgcodecs.Imgcodecs;

class PoseLabTest {
    @Test
    void lab() throws Exception {
        OpenCvRuntime.load();
        Path dir = DevPhotos.dir();
        BlazeFace det = new BlazeFace(ModelFiles.blazeFace().get(), 0.5);
        FaceMesh mesh = new FaceMesh(ModelFiles.faceMesh().get());
        CanonicalFace cf = CanonicalFace.read(ModelFiles.canonicalFace().get());
        StringBuilder out = new StringBuilder();
        for (String line : Files.readAllLines(dir.resolve("labels.csv")).subList(1, 90)) {
            List<String> f = jp.madoguchi.kiosk.vision.PoseLabTest.split(line);
            if (!f.get(5).equals("0")) continue;
            Mat img = Imgcodecs.imread(dir.resolve(f.get(0)).toString());
            List<FaceDetection> faces = new ArrayList<>(det.detect(img));
            if (faces.isEmpty()) continue;
            faces.sort(Comparator.comparingDouble((FaceDetection d) -> d.box().area()).reversed());
            FaceLandmarks m = mesh.landmarks(img, faces.get(0));
            int w = img.cols(), h = img.rows();
            double[] a = pnp(m, cf, cf.basis(), w, h, Math.max(w, h));
            int[] all = new int[468]; for (int i = 0; i < 468; i++) all[i] = i;
            double[] b = pnp(m, cf, all, w, h, Math.max(w, h));
            double[] c = pnp(m, cf, cf.basis(), w, h, 4 * Math.max(w, h));
            double[] k = kabsch(m, cf, cf.basis());
            double[] k2 = kabsch(m, cf, all);
            out.append(String.format(Locale.ROOT, "%s,%s,%s,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f%n", f.get(0), f.get(2), f.get(3),
                a[0], a[1], a[3], a[4], b[0], b[1], c[0], c[1], k[0], k[1], k2[0], k2[1], a[5], a[6]));
            img.release();
        }
        Files.writeString(Path.of("/tmp/lab15b/pose.csv"), out.toString());
    }

    static List<String> split(String line) {
        List<String> out = new ArrayList<>(); StringBuilder cur = new StringBuilder(); boolean q = false;
        for (char ch : line.toCharArray()) { if (ch == '"') q = !q; else if (ch == ',' && !q) { out.add(cur.toString()); cur.setLength(0);} else cur.append(ch);} out.add(cur.toString()); return out;
    }

    /** yaw, pitch, roll, ray yaw, ray pitch (deg), face centre offset x,y */
    static double[] pnp(FaceLandmarks mesh, CanonicalFace face, int[] ids, int width, int height, double f) {
        int n = ids.length;
        Point3[] object = new Point3[n]; Point[] image = new Point[n];
        for (int i = 0; i < n; i++) { double[] v = face.vertex(ids[i]); object[i] = new Point3(v[0], -v[1], -v[2]); image[i] = new Point(mesh.x(ids[i]), mesh.y(ids[i])); }
        Mat camera = Mat.zeros(3, 3, CvType.CV_64F);
        camera.put(0, 0, f, 0, width / 2.0, 0, f, height / 2.0, 0, 0, 1);
        Mat rvec = new Mat(), tvec = new Mat(), rot = new Mat();
        Calib3d.solvePnP(new MatOfPoint3f(object), new MatOfPoint2f(image), camera, new MatOfDouble(0, 0, 0, 0), rvec, tvec, false, Calib3d.SOLVEPNP_SQPNP);
        Calib3d.Rodrigues(rvec, rot);
        double[] r = new double[9]; rot.get(0, 0, r);
        double[] t = new double[3]; tvec.get(0, 0, t);
        double yaw = Math.toDegrees(Math.asin(Math.max(-1, Math.min(1, -r[6]))));
        double pitch = Math.toDegrees(Math.atan2(r[7], r[8]));
        double roll = Math.toDegrees(Math.atan2(r[3], r[0]));
        return new double[] {yaw, pitch, roll, Math.toDegrees(Math.atan2(t[0], t[2])), Math.toDegrees(Math.atan2(t[1], t[2])), t[0], t[1]};
    }

    /** rigid 3D fit of the canonical face to the mesh's x, y, z (weak perspective): yaw, pitch */
    static double[] kabsch(FaceLandmarks m, CanonicalFace face, int[] ids) {
        int n = ids.length;
        double[][] P = new double[n][3], Q = new double[n][3];
        double[] pc = new double[3], qc = new double[3];
        for (int i = 0; i < n; i++) {
            double[] v = face.vertex(ids[i]);
            P[i] = new double[] {v[0], -v[1], -v[2]};
            Q[i] = new double[] {m.x(ids[i]), m.y(ids[i]), m.z(ids[i])};
            for (int c = 0; c < 3; c++) { pc[c] += P[i][c] / n; qc[c] += Q[i][c] / n; }
        }
        Mat H = Mat.zeros(3, 3, CvType.CV_64F);
        double[] hh = new double[9];
        for (int i = 0; i < n; i++) for (int a = 0; a < 3; a++) for (int b = 0; b < 3; b++) hh[a * 3 + b] += (P[i][a] - pc[a]) * (Q[i][b] - qc[b]);
        H.put(0, 0, hh);
        Mat wv = new Mat(), u = new Mat(), vt = new Mat();
        Core.SVDecomp(H, wv, u, vt);
        Mat R = new Mat();
        Core.gemm(vt.t(), u.t(), 1, new Mat(), 0, R);
        if (Core.determinant(R) < 0) { Mat d = Mat.eye(3, 3, CvType.CV_64F); d.put(2, 2, -1); Mat tmp = new Mat(); Core.gemm(vt.t(), d, 1, new Mat(), 0, tmp); Core.gemm(tmp, u.t(), 1, new Mat(), 0, R); }
        double[] r = new double[9]; R.get(0, 0, r);
        double yaw = Math.toDegrees(Math.asin(Math.max(-1, Math.min(1, -r[6]))));
        double pitch = Math.toDegrees(Math.atan2(r[7], r[8]));
        return new double[] {yaw, pitch};
    }
}
