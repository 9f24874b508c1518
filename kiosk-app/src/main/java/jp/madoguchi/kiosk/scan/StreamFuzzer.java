package jp.madoguchi.kiosk.scan;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import jp.madoguchi.devices.serial.ScannerFraming;
import jp.madoguchi.rules.form.FormIdParser;
import jp.madoguchi.rules.form.FormIdReading;

/**
 * Serial byte streams as a public place produces them (frames in every framing, line noise,
 * cut frames, corrupted BCC frames, huge frames, random chunking and pauses) through the real
 * {@link ScannerFraming} and then the parser. Checks: nothing throws, no payload exceeds the
 * frame limit, and every accepted ID is one that was really sent intact.
 */
public final class StreamFuzzer {
    private static final long MS = 1_000_000L;

    private final FormIdParser parser = new FormIdParser();
    private final Random random;
    long streams;
    long framesSent;
    long framesRead;
    long bytes;

    StreamFuzzer(Random random) {
        this.random = random;
    }

    /** One stream of about ten segments; returns a description of the failure, or null. */
    String oneStream() {
        streams++;
        Set<String> sent = new HashSet<>();
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        int segments = 5 + random.nextInt(10);
        for (int s = 0; s < segments; s++) {
            segment(wire, sent);
        }
        byte[] stream = wire.toByteArray();
        bytes += stream.length;
        String[] failure = {null};
        ScannerFraming framing = new ScannerFraming(ScannerFraming.payloads(payload -> {
            if (payload.length() > ScannerFraming.MAX_FRAME) {
                failure[0] = "payload over the frame limit";
            }
            FormIdReading reading = parser.parse(payload);
            if (reading instanceof FormIdReading.Accepted a) {
                framesRead++;
                if (!sent.contains(a.id().digits())) {
                    failure[0] = "accepted an ID that was never sent intact";
                }
            }
        }), 300 * MS);
        long now = 0;
        try {
            for (int at = 0; at < stream.length; ) {
                int chunk = Math.min(stream.length - at, 1 + random.nextInt(random.nextBoolean() ? 8 : 200));
                byte[] part = java.util.Arrays.copyOfRange(stream, at, at + chunk);
                now += random.nextInt(50) == 0 ? 500 * MS : random.nextInt(3) * MS;
                framing.feed(part, now);
                at += chunk;
            }
        } catch (RuntimeException e) {
            return "framing threw " + e.getClass().getName();
        }
        return failure[0];
    }

    private void segment(ByteArrayOutputStream wire, Set<String> sent) {
        String id = FuzzText.digits(random, 23);
        byte[] ascii = id.getBytes(StandardCharsets.US_ASCII);
        switch (random.nextInt(9)) {
            case 0 -> wire.writeBytes(concat(ascii, new byte[] {'\r'}));
            case 1 -> wire.writeBytes(concat(ascii, new byte[] {'\n'}));
            case 2 -> wire.writeBytes(concat(ascii, new byte[] {'\r', '\n'}));
            case 3 -> wire.writeBytes(ScannerFraming.stxEtx(id));
            case 4 -> { // a frame corrupted on the line
                byte[] f = ScannerFraming.stxEtx(id);
                f[1 + random.nextInt(f.length - 1)] ^= (byte) (1 << random.nextInt(8));
                wire.writeBytes(f);
                return;
            }
            case 5 -> { // a cut frame
                byte[] f = random.nextBoolean() ? ScannerFraming.stxEtx(id) : concat(ascii, new byte[] {'\r'});
                wire.writeBytes(java.util.Arrays.copyOf(f, random.nextInt(f.length - 1)));
                return;
            }
            case 6 -> { // line noise
                byte[] noise = new byte[1 + random.nextInt(20)];
                random.nextBytes(noise);
                wire.writeBytes(noise);
                return;
            }
            case 7 -> { // a mutated payload in a well-formed frame
                // STX and ETX cannot travel inside an STX/ETX frame (the protocol has no escape), so none in the payload
                String junk = FuzzText.mutate(random, FuzzText.validForm(random), 1 + random.nextInt(3)).replaceAll("[\\x02\\x03]", "");
                wire.writeBytes(ScannerFraming.stxEtx(junk));
                if (parser.parse(junk) instanceof FormIdReading.Accepted still) {
                    sent.add(still.id().digits()); // the mutation left a valid form: reading it is right
                }
                return;
            }
            default -> { // a huge frame
                wire.writeBytes(concat("9".repeat(3000 + random.nextInt(3000)).getBytes(StandardCharsets.US_ASCII), new byte[] {'\r'}));
                return;
            }
        }
        sent.add(id);
        framesSent++;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
