package jp.madoguchi.kiosk.documents;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;

/** Reads a finished PDF back the way a reader, a scanner and a ruler would. */
public final class PdfProbe {
    public record Placement(double widthMm, double heightMm, double dpi) {
    }

    private PdfProbe() {
    }

    public static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Text without white space, for sentences the layout wraps across lines. */
    public static String squash(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** Renders the first page at 200 dpi and decodes every QR code on it with ZXing. */
    public static List<String> qrCodes(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 200, ImageType.GRAY);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
            Result[] results = new QRCodeMultiReader().decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, true));
            return Arrays.stream(results).map(Result::getText).toList();
        } catch (NotFoundException e) {
            return List.of();
        }
    }

    /** Every image drawn on the first page, with its placed size from the transformation matrix. */
    public static List<Placement> images(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Placement> placements = new ArrayList<>();
            PDPage page = document.getPage(0);
            new PDFGraphicsStreamEngine(page) {
                @Override
                public void drawImage(PDImage image) {
                    Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
                    double wMm = ctm.getScalingFactorX() / 72.0 * 25.4;
                    double hMm = ctm.getScalingFactorY() / 72.0 * 25.4;
                    placements.add(new Placement(wMm, hMm, image.getWidth() / (wMm / 25.4)));
                }

                @Override
                public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                }

                @Override
                public void clip(int windingRule) {
                }

                @Override
                public void moveTo(float x, float y) {
                }

                @Override
                public void lineTo(float x, float y) {
                }

                @Override
                public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                }

                @Override
                public Point2D getCurrentPoint() {
                    return new Point2D.Float();
                }

                @Override
                public void closePath() {
                }

                @Override
                public void endPath() {
                }

                @Override
                public void strokePath() {
                }

                @Override
                public void fillPath(int windingRule) {
                }

                @Override
                public void fillAndStrokePath(int windingRule) {
                }

                @Override
                public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
                }

                void run() throws IOException {
                    processPage(page);
                }
            }.run();
            return placements;
        }
    }
}
