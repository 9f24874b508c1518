package jp.madoguchi.kiosk.scan.bench;

import java.awt.image.BufferedImage;

/** One synthetic camera frame and the QR payload it shows. */
public record Scene(String kind, int index, BufferedImage frame, String payload) {
}
