package jp.madoguchi.kiosk.fuzz;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Valid image files of every kind the intake meets, made in memory: the fuzzer's seeds (and the tests'). */
public final class SampleImages {
    private SampleImages() {
    }

    /** A picture with some detail (stripes and a dark oval), so its files have a realistic structure. */
    public static BufferedImage picture(int w, int h, int type) {
        BufferedImage img = new BufferedImage(w, h, type);
        Graphics2D g = img.createGraphics();
        for (int y = 0; y < h; y += 8) {
            g.setColor(new Color((y * 7) % 256, (y * 3) % 256, 255 - (y % 256)));
            g.fillRect(0, y, w, 8);
        }
        g.setColor(Color.DARK_GRAY);
        g.fillOval(w / 4, h / 5, w / 2, h / 2);
        g.dispose();
        return img;
    }

    public static byte[] jpeg(int w, int h) {
        return jpeg(picture(w, h, BufferedImage.TYPE_3BYTE_BGR), false);
    }

    public static byte[] progressiveJpeg(int w, int h) {
        return jpeg(picture(w, h, BufferedImage.TYPE_3BYTE_BGR), true);
    }

    /** One channel: greyscale stored as greyscale, which the file rule refuses. */
    public static byte[] greyJpeg(int w, int h) {
        return jpeg(picture(w, h, BufferedImage.TYPE_BYTE_GRAY), false);
    }

    public static byte[] cmykJpeg(int w, int h) {
        return write(new IIOImage(Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, 4, null), null, null), false);
    }

    public static byte[] jpeg(BufferedImage image, boolean progressive) {
        return write(new IIOImage(image, null, null), progressive);
    }

    /** A PNG of the picture in the given BufferedImage type (RGB, ARGB, grey, indexed). */
    public static byte[] png(int w, int h, int type) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            ImageIO.write(picture(w, h, type), "png", stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] write(IIOImage image, boolean progressive) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (progressive) {
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            writer.write(null, image, param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
