package jp.madoguchi.kiosk.vision.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.kiosk.vision.FaceAnalyser;
import jp.madoguchi.rules.photo.PhotoMeasurements;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

/**
 * How far a pose estimate is from the truth where the truth is known: yaw on the labelled photos
 * with a {@code yaw_deg} (0 = the source calls the pose frontal; other values are estimated by eye),
 * pitch and roll on the frontal ones (should read 0), and roll on frontal photos turned in the image
 * plane by exact angles (the change of roll must equal the turn).
 */
public record PoseError(String name, int frontal, double yawMeanAbs, double yawMaxAbs, double pitchMeanAbs, double pitchMaxAbs,
                 double rollMeanAbs, List<String> turned, int rotations, double rotationMeanAbs, double rotationMaxAbs,
                 List<List<Double>> compliantPitch) {
    static final double[] TURNS = {-15, -8, 8, 15};

    public static PoseError run(String name, Path labels, FaceAnalyser analyser) throws IOException {
        List<String> lines = Files.readAllLines(labels);
        double[] yaw = new double[2];
        double[] pitch = new double[2];
        double roll = 0;
        double[] rot = new double[2];
        int n = 0;
        int r = 0;
        List<String> turned = new ArrayList<>();
        // signed pitch of the compliant frontal photos, by half of the people (as photo-accuracy splits them)
        List<List<Double>> compliantPitch = List.of(new ArrayList<>(), new ArrayList<>());
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", 7);
            if (f.length < 6 || f[5].isBlank()) {
                continue;
            }
            Mat img = Imgcodecs.imread(labels.resolveSibling(f[0]).toString());
            try {
                PhotoMeasurements m = analyser.analyse(img).measurements();
                if (m.faces() == 0) {
                    continue;
                }
                double label = Double.parseDouble(f[5]);
                if (label != 0) {
                    turned.add(String.format("%s %.0f (label, by eye) vs %.1f", f[0], label, Math.abs(m.yawDeg())));
                    continue;
                }
                n++;
                yaw[0] += Math.abs(m.yawDeg());
                yaw[1] = Math.max(yaw[1], Math.abs(m.yawDeg()));
                pitch[0] += Math.abs(m.pitchDeg());
                pitch[1] = Math.max(pitch[1], Math.abs(m.pitchDeg()));
                roll += Math.abs(m.rollDeg());
                if (!f[3].equals("compliant")) {
                    continue;
                }
                compliantPitch.get(Math.floorMod((f[2].isBlank() ? f[0] : f[2]).hashCode(), 2)).add(m.pitchDeg());
                for (double turn : TURNS) {
                    Mat t = turned(img, m, turn);
                    PhotoMeasurements tm = analyser.analyse(t).measurements();
                    t.release();
                    if (tm.faces() > 0) {
                        // a counter-clockwise turn of the picture lowers the picture-left eye: roll - turn
                        double e = Math.abs(tm.rollDeg() - m.rollDeg() + turn);
                        rot[0] += e;
                        rot[1] = Math.max(rot[1], e);
                        r++;
                    }
                }
            } finally {
                img.release();
            }
        }
        return new PoseError(name, n, yaw[0] / n, yaw[1], pitch[0] / n, pitch[1], roll / n, turned, r, rot[0] / r, rot[1],
            compliantPitch);
    }

    private static Mat turned(Mat img, PhotoMeasurements m, double degrees) {
        Mat rot = Imgproc.getRotationMatrix2D(new Point(m.faceCentreX(), m.eyeLineY()), degrees, 1);
        Mat out = new Mat();
        Imgproc.warpAffine(img, out, rot, img.size(), Imgproc.INTER_LINEAR, Core.BORDER_REPLICATE);
        rot.release();
        return out;
    }

    /** The markdown table of some estimates' errors, with what it measures. */
    public static String table(List<PoseError> estimates) {
        StringBuilder md = new StringBuilder("On the labelled photos with a `yaw_deg`: the frontal ones (0) should read 0 on "
            + "every axis (the people's own small turns and nods are part of the error); the turned ones' labels are "
            + "estimates by eye. Roll is also checked exactly: each compliant frontal photo turned in the image plane by "
            + "-15, -8, 8 and 15 degrees, the change of roll against the turn. Degrees, mean / max of the absolute "
            + "error.\n\n| estimate | frontal photos | yaw | pitch | roll (mean) | turned copies | roll change | "
            + "turned heads (label vs read) |\n|---|---|---|---|---|---|---|---|\n");
        estimates.forEach(p -> md.append(p.row()).append('\n'));
        md.append("\nPitch calibration: a constant offset of the estimate (the canonical face's own tilt, the camera's "
            + "height) would show as a signed mean away from 0 on the compliant photos their source calls frontal. "
            + "Signed pitch there, by half of the people (tuning / held out):\n\n| estimate | tuning half: n, mean, sd, "
            + "over 5 degrees | held-out half: n, mean, sd, over 5 degrees |\n|---|---|---|\n");
        estimates.forEach(p -> md.append(p.calibrationRow()).append('\n'));
        return md.toString();
    }

    String calibrationRow() {
        StringBuilder row = new StringBuilder("| " + name + " |");
        for (List<Double> half : compliantPitch) {
            double mean = half.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            double sd = Math.sqrt(half.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / Math.max(1, half.size() - 1));
            long over = half.stream().filter(v -> Math.abs(v) > 5).count();
            row.append(String.format(" %d, %+.1f, %.1f, %d |", half.size(), mean, sd, over));
        }
        return row.toString();
    }

    String row() {
        return String.format("| %s | %d | %.1f / %.1f | %.1f / %.1f | %.1f | %d | %.1f / %.1f | %s |", name, frontal,
            yawMeanAbs, yawMaxAbs, pitchMeanAbs, pitchMaxAbs, rollMeanAbs, rotations, rotationMeanAbs, rotationMaxAbs,
            String.join("; ", turned));
    }
}
