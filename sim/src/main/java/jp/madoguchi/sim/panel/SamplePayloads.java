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

    /** Line noise, a frame cut by it, then {@code payload} terminated by CR LF, as one burst on the wire. */
    public static byte[] afterLineNoise(String payload) {
        byte[] data = payload.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] noise = {0x00, (byte) 0xFF, '4', '2', 0x1B};
        byte[] out = java.util.Arrays.copyOf(noise, noise.length + data.length + 2);
        System.arraycopy(data, 0, out, noise.length, data.length);
        out[out.length - 2] = '\r';
        out[out.length - 1] = '\n';
        return out;
    }

    /**
     * A staff badge's QR for staff ID {@code id} (the kiosk's format: kiosk.staff.StaffBadge); it only
     * names the member of staff, the kiosk still asks the PIN.
     */
    public static String staffBadge(String id) {
        return "MADOGUCHI-STAFF:" + id;
    }

    /** The sample number public guides print; its check digit is valid, so the kiosk must refuse it. */
    public static String individualNumber() {
        return "123456789018";
    }
}
