package jp.madoguchi.kiosk.flow;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * The session's photo progress: the live checks' streak, a refused capture kept to show what was
 * wrong, the count of refusals, and the accepted photo's file. Personal data, wiped with the session.
 */
final class PhotoAttempts {
    /** After this many refused captures the kiosk offers to call staff. */
    static final int STAFF_AFTER = 3;

    PhotoReport live;
    Instant passingSince;
    Instant countdownFrom;
    BufferedImage refusedPhoto;
    PhotoReport refusal;
    int refusals;
    byte[] file;

    void restartLive() {
        live = null;
        passingSince = null;
        countdownFrom = null;
    }

    void refused(BufferedImage frame, PhotoReport report) {
        forgetRefusal();
        refusedPhoto = frame;
        refusal = report;
        refusals++;
    }

    void forgetRefusal() {
        erase(refusedPhoto);
        refusedPhoto = null;
        refusal = null;
    }

    Optional<byte[]> file() {
        return Optional.ofNullable(file);
    }

    boolean offerStaff() {
        return refusals >= STAFF_AFTER;
    }

    void wipe() {
        restartLive();
        forgetRefusal();
        if (file != null) {
            Arrays.fill(file, (byte) 0);
        }
        file = null;
        refusals = 0;
    }

    /** Overwrites the pixels, not just the reference. */
    static void erase(BufferedImage image) {
        if (image != null) {
            WritableRaster raster = image.getRaster();
            int[] zeros = new int[raster.getWidth() * raster.getNumBands()];
            for (int y = 0; y < raster.getHeight(); y++) {
                raster.setPixels(0, y, raster.getWidth(), 1, zeros);
            }
        }
    }
}
