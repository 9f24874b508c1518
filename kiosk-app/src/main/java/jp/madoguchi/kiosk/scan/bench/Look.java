package jp.madoguchi.kiosk.scan.bench;

import java.util.Random;

/** How one kind of frame differs from a clean, square-on shot: pose, optics, light, compression. */
final class Look {
    double module = 4;          // frame pixels per QR module
    double angle;               // degrees
    double tiltX;               // perspective: 1/px change of depth across the frame
    double tiltY;
    int blurRadius;
    double noiseSigma;
    int jpegQuality;
    double contrast = 215;      // paper minus ink, in grey levels before lighting
    double inkFloor = 22;
    double brightness = 1.0;
    double lightGradient = 0.25;

    static Look of(String kind, Random r) {
        Look l = new Look();
        l.module = between(r, 4, 6);
        l.angle = between(r, -8, 8);
        l.brightness = between(r, 0.85, 1.05);
        switch (kind) {
            case "plain" -> {
            }
            case "rotation" -> {
                l.module = between(r, 3, 5);
                l.angle = between(r, 0, 360);
            }
            case "perspective" -> {
                l.module = between(r, 3.5, 5.5);
                l.angle = between(r, -30, 30);
                l.tiltX = signed(r, 0.0004, 0.0010);
                l.tiltY = signed(r, 0.0004, 0.0010);
            }
            case "blur" -> l.blurRadius = 1 + r.nextInt(2);
            case "low_contrast" -> {
                l.module = between(r, 3.5, 5);
                l.contrast = between(r, 16, 32);
                l.inkFloor = between(r, 80, 150);
                l.brightness = between(r, 0.6, 1.0);
                l.lightGradient = 0.6;
            }
            case "small" -> {
                l.module = between(r, 1.5, 2.3);
                l.angle = between(r, -20, 20);
            }
            case "jpeg_noise" -> {
                l.module = between(r, 3, 5);
                l.noiseSigma = between(r, 8, 18);
                l.jpegQuality = 10 + r.nextInt(20);
            }
            case "combined" -> {
                l.module = between(r, 2.8, 4);
                l.angle = between(r, 0, 360);
                l.tiltX = signed(r, 0.0002, 0.0005);
                l.tiltY = signed(r, 0.0002, 0.0005);
                l.blurRadius = 1;
                l.contrast = between(r, 50, 90);
                l.inkFloor = between(r, 60, 110);
                l.noiseSigma = 6;
                l.jpegQuality = 25 + r.nextInt(20);
            }
            default -> throw new IllegalArgumentException(kind);
        }
        return l;
    }

    /** Form pixels to frame pixels: the QR centre lands somewhere in the frame, turned, tilted and scaled. */
    Homography placement(PaperForm form, Random r) {
        double cx = between(r, DeskScenes.WIDTH * 0.3, DeskScenes.WIDTH * 0.7);
        double cy = between(r, DeskScenes.HEIGHT * 0.35, DeskScenes.HEIGHT * 0.65);
        double scale = module / PaperForm.MODULE;
        double a = Math.toRadians(angle);
        Homography toCentre = Homography.translation(-form.qrCenterX, -form.qrCenterY);
        Homography turn = new Homography(new double[] {
            scale * Math.cos(a), -scale * Math.sin(a), 0,
            scale * Math.sin(a), scale * Math.cos(a), 0,
            0, 0, 1});
        Homography tilt = new Homography(new double[] {1, 0, 0, 0, 1, 0, tiltX, tiltY, 1});
        return Homography.translation(cx, cy).times(tilt).times(turn).times(toCentre);
    }

    private static double between(Random r, double lo, double hi) {
        return lo + r.nextDouble() * (hi - lo);
    }

    private static double signed(Random r, double lo, double hi) {
        return (r.nextBoolean() ? 1 : -1) * between(r, lo, hi);
    }
}
