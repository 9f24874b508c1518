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

    /** The sample number public guides print; its check digit is valid, so the kiosk must refuse it. */
    public static String individualNumber() {
        return "123456789018";
    }
}
