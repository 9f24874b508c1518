package jp.madoguchi.sim.panel;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Map;

/** What the simulated camera sees when a resident holds up an application form: paper, text lines, the QR. */
public final class FormPicture {
    private static final int MODULE = 6;

    private FormPicture() {
    }

    public static BufferedImage of(String payload) {
        BitMatrix qr;
        try {
            qr = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot draw this payload as a QR code", e);
        }
        BufferedImage frame = new BufferedImage(1280, 720, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = frame.createGraphics();
        g.setColor(new Color(120, 96, 70)); // the desk
        g.fillRect(0, 0, 1280, 720);
        g.setColor(new Color(244, 244, 238)); // the form
        g.fillRect(300, 40, 680, 640);
        g.setColor(new Color(90, 90, 90));
        for (int line = 0; line < 9; line++) {
            g.fillRect(340, 80 + line * 36, 360 + (line * 47) % 220, 10);
        }
        int size = qr.getWidth() * MODULE;
        int left = 940 - size;
        int top = 640 - size;
        g.setColor(Color.BLACK);
        for (int y = 0; y < qr.getHeight(); y++) {
            for (int x = 0; x < qr.getWidth(); x++) {
                if (qr.get(x, y)) {
                    g.fillRect(left + x * MODULE, top + y * MODULE, MODULE, MODULE);
                }
            }
        }
        g.setFont(new Font(Font.MONOSPACED, Font.BOLD, 22));
        g.drawString(payload.replaceAll("(\\d{4})(?=\\d)", "$1 "), 340, top + size / 2);
        g.dispose();
        return frame;
    }
}
