package jp.madoguchi.kiosk.scan.bench;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;

/**
 * The hard synthetic set: 1280x720 camera frames of an application form held over a wooden
 * desk, in eight kinds (plain, rotation, perspective, blur, low contrast, small, JPEG noise,
 * combined), all from one seed so every run and every decoder sees the same frames.
 */
public final class DeskScenes {
    public static final int WIDTH = 1280;
    public static final int HEIGHT = 720;
    public static final List<String> KINDS =
        List.of("plain", "rotation", "perspective", "blur", "low_contrast", "small", "jpeg_noise", "combined");

    private DeskScenes() {
    }

    public static List<Scene> generate(long seed, int perKind) {
        Random random = new Random(seed);
        List<Scene> scenes = new ArrayList<>();
        for (String kind : KINDS) {
            for (int i = 0; i < perKind; i++) {
                scenes.add(scene(kind, i, random));
            }
        }
        return scenes;
    }

    /** One frame of one kind (e.g. to warm a decoder up). */
    public static Scene one(String kind, long seed) {
        return scene(kind, 0, new Random(seed));
    }

    static Scene scene(String kind, int index, Random r) {
        String payload = payload(r);
        Look look = Look.of(kind, r);
        PaperForm form = new PaperForm(payload, r);
        byte[] bgr = render(form, look, r);
        if (look.blurRadius > 0) {
            Blur.boxBlur3(bgr, WIDTH, HEIGHT, look.blurRadius);
        }
        if (look.noiseSigma > 0) {
            for (int i = 0; i < bgr.length; i++) {
                bgr[i] = (byte) clamp((bgr[i] & 0xFF) + r.nextGaussian() * look.noiseSigma);
            }
        }
        BufferedImage frame = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
        System.arraycopy(bgr, 0, ((DataBufferByte) frame.getRaster().getDataBuffer()).getData(), 0, bgr.length);
        if (look.jpegQuality > 0) {
            frame = jpegRoundTrip(frame, look.jpegQuality);
        }
        return new Scene(kind, index, frame, payload);
    }

    /** What forms carry: the bare 23 digits, the digits in groups, or a URL with the ID. */
    static String payload(Random r) {
        StringBuilder digits = new StringBuilder(23);
        for (int i = 0; i < 23; i++) {
            digits.append(r.nextInt(10));
        }
        return switch (r.nextInt(4)) {
            case 0 -> "https://www.kojinbango-card.go.jp/apply/?id=" + digits;
            case 1 -> digits.toString().replaceAll("(\\d{4})(?=\\d)", "$1-");
            default -> digits.toString();
        };
    }

    private static byte[] render(PaperForm form, Look look, Random r) {
        double[] inverse = look.placement(form, r).inverse();
        byte[] out = new byte[WIDTH * HEIGHT * 3];
        int deskR = 120 + r.nextInt(60);
        int deskG = 85 + r.nextInt(40);
        int deskB = 50 + r.nextInt(30);
        double lightDx = (r.nextDouble() - 0.5) * look.lightGradient / WIDTH;
        double lightDy = (r.nextDouble() - 0.5) * look.lightGradient / HEIGHT;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                double light = look.brightness + lightDx * (x - WIDTH / 2.0) + lightDy * (y - HEIGHT / 2.0);
                double w = inverse[6] * x + inverse[7] * y + inverse[8];
                double fx = (inverse[0] * x + inverse[1] * y + inverse[2]) / w;
                double fy = (inverse[3] * x + inverse[4] * y + inverse[5]) / w;
                int i = (y * WIDTH + x) * 3;
                if (w > 0 && fx >= 0 && fy >= 0 && fx < form.width - 1 && fy < form.height - 1) {
                    double v = bilinear(form, fx, fy);
                    double paper = look.inkFloor + v / 255.0 * look.contrast;
                    int g = clamp(paper * light);
                    out[i] = (byte) clamp(g * 0.97);
                    out[i + 1] = (byte) g;
                    out[i + 2] = (byte) g;
                } else {
                    double grain = 12 * Math.sin(y * 0.05 + Math.sin(x * 0.01) * 3);
                    out[i] = (byte) clamp((deskB + grain) * light);
                    out[i + 1] = (byte) clamp((deskG + grain) * light);
                    out[i + 2] = (byte) clamp((deskR + grain) * light);
                }
            }
        }
        return out;
    }

    private static double bilinear(PaperForm form, double x, double y) {
        int x0 = (int) x;
        int y0 = (int) y;
        double ax = x - x0;
        double ay = y - y0;
        double top = form.at(x0, y0) * (1 - ax) + form.at(x0 + 1, y0) * ax;
        double bottom = form.at(x0, y0 + 1) * (1 - ax) + form.at(x0 + 1, y0 + 1) * ax;
        return top * (1 - ay) + bottom * ay;
    }

    static int clamp(double v) {
        return v < 0 ? 0 : v > 255 ? 255 : (int) v;
    }

    private static BufferedImage jpegRoundTrip(BufferedImage frame, int quality) {
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality / 100f);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (var stream = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(frame, null, null), param);
            } finally {
                writer.dispose();
            }
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
            BufferedImage bgr = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
            bgr.getGraphics().drawImage(decoded, 0, 0, null);
            return bgr;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
