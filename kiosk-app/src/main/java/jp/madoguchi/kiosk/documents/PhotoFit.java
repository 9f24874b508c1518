package jp.madoguchi.kiosk.documents;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Fits the session's photo into the 35 x 45 mm frame. Until the photo check (issue 4) hands over
 * its compliant crop, this centre-crops the capture to 35:45 and scales it; a photo already at
 * 35:45 passes through unchanged in shape.
 */
final class PhotoFit {
    static final float WIDTH_MM = 35f;
    static final float HEIGHT_MM = 45f;

    private PhotoFit() {
    }

    /** The photo at {@code dpi} for a 35 x 45 mm print, as a JPEG image in {@code document}. */
    static PDImageXObject framed(PDDocument document, BufferedImage photo, int dpi, float quality) throws IOException {
        int width = Math.round(WIDTH_MM / 25.4f * dpi);
        int height = Math.round(HEIGHT_MM / 25.4f * dpi);
        return JPEGFactory.createFromImage(document, crop(photo, width, height), quality);
    }

    static BufferedImage crop(BufferedImage photo, int width, int height) {
        int w = photo.getWidth();
        int h = photo.getHeight();
        int cropW = w;
        int cropH = Math.round(w * HEIGHT_MM / WIDTH_MM);
        if (cropH > h) {
            cropH = h;
            cropW = Math.round(h * WIDTH_MM / HEIGHT_MM);
        }
        int x = (w - cropW) / 2;
        int y = (h - cropH) / 2;
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(photo, 0, 0, width, height, x, y, x + cropW, y + cropH, null);
        g.dispose();
        return out;
    }
}
