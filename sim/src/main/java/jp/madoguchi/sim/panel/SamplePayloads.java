package jp.madoguchi.sim.panel;

import java.util.concurrent.ThreadLocalRandom;

/** Payloads developers present often: a fresh form ID, a URL carrying one, and a My Number to refuse. */
public final class SamplePayloads {
    private SamplePayloads() {
    }

    /** 23 random digits: the simulator stands in for forms the resident register system issued. */
    public static String validFormId() {
        StringBuilder digits = new StringBuilder(23);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 23; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    public static String formUrl() {
        return "https://example.lg.jp/mynumber/apply?id=" + validFormId();
    }

    /**
     * Line noise with a frame cut by it, then {@code payload} as the simulated scanner sends it
     * (STX, data, ETX, BCC), as one burst on the wire. (A text frame right after noise would not
     * be believed: see ScannerFraming; a frame its BCC vouches for is read at once.)
     */
    public static byte[] afterLineNoise(String payload) {
        byte[] noise = {0x00, (byte) 0xFF, '4', '2', 0x1B};
        byte[] frame = jp.madoguchi.devices.serial.ScannerFraming.stxEtx(payload);
        byte[] out = java.util.Arrays.copyOf(noise, noise.length + frame.length);
        System.arraycopy(frame, 0, out, noise.length, frame.length);
        return out;
    }

    /**
     * A staff badge's QR for staff ID {@code id} (the kiosk's format: kiosk.staff.StaffBadge); it only
     * names the member of staff, the kiosk still asks the PIN.
     */
    public static String staffBadge(String id) {
        return "MADOGUCHI-STAFF:" + id;
    }

    /** Not a form, not a URL: what a crumpled receipt or a shop's QR reads as. */
    public static String garbage() {
        return "%PDF? \u00a5\u00a5 point-card 7c1e;;";
    }

    /** The sample number public guides print; its check digit is valid, so the kiosk must refuse it. */
    public static String individualNumber() {
        return "123456789018";
    }
}
