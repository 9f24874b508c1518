package jp.madoguchi.kiosk.vision.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.madoguchi.kiosk.vision.FaceAnalyser;
import jp.madoguchi.kiosk.vision.HaarFaces;
import org.opencv.core.Mat;
import org.opencv.imgcodecs.Imgcodecs;

/**
 * How often each detector counts the faces right on a labelled set: none on a no-face photo, two
 * or more on a multiple-faces one, exactly one otherwise.
 */
record DetectorComparison(int photos, int blazeRight, int haarRight, List<String> blazeWrong, List<String> haarWrong) {

    static DetectorComparison run(Path labels, FaceAnalyser analyser, HaarFaces haar) throws IOException {
        List<String> lines = Files.readAllLines(labels);
        int blaze = 0;
        int cascade = 0;
        List<String> bw = new java.util.ArrayList<>();
        List<String> hw = new java.util.ArrayList<>();
        int n = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", 6);
            if (f.length < 5) {
                continue;
            }
            Mat img = Imgcodecs.imread(labels.resolveSibling(f[0]).toString());
            try {
                if (img.empty()) {
                    continue;
                }
                n++;
                int want = f[3].equals("noface") ? 0 : f[4].contains("multiple_faces") ? 2 : 1;
                int b = analyser.analyse(img).faces().size();
                int h = haar.detect(img).size();
                if (right(want, b)) {
                    blaze++;
                } else {
                    bw.add(f[0] + " (" + b + ")");
                }
                if (right(want, h)) {
                    cascade++;
                } else {
                    hw.add(f[0] + " (" + h + ")");
                }
            } finally {
                img.release();
            }
        }
        return new DetectorComparison(n, blaze, cascade, bw, hw);
    }

    private static boolean right(int want, int got) {
        return want == 2 ? got >= 2 : got == want;
    }
}
