package jp.madoguchi.devices.api;

import java.awt.image.BufferedImage;
import java.time.Instant;

/** One camera image. Personal data: it lives only as long as the session that asked for it. */
public record Frame(BufferedImage image, Instant takenAt) {
    public int width() {
        return image.getWidth();
    }

    public int height() {
        return image.getHeight();
    }
}
