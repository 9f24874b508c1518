package jp.madoguchi.kiosk.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import jp.madoguchi.devices.serial.ScannerFraming;
import jp.madoguchi.rules.form.FormIdParser;
import jp.madoguchi.rules.form.FormIdReading;

/**
 * Serial byte streams as a public place produces them, in random interleavings of the pieces
 * {@link ScannerFraming}'s model names: intact frames in every framing carrying forms in every
 * shape and junk; line noise (biased towards STX, ETX, CR, LF and digits); frames cut off (then
 * the line goes quiet); frames stalled by a silence with their tail following; bit errors in
 * STX/ETX frames; huge frames; silences short and long; random chunking. Everything goes
 * through the real framing and then the parser. Checks: nothing throws, no payload exceeds the
 * frame limit, and every accepted ID is one that was really sent in an intact frame.
 */
public final class StreamFuzzer {
    static final long MS = 1_000_000L;
    static final long GAP = 300 * MS;
    private static final byte[] NOT_TEXT = {0x00, 0x02, 0x03, 0x1B, 0x7F, (byte) 0xFF};
    private static final byte[] NOISE_BIAS = {0x02, 0x03, '\r', '\n', '1', '2', '9', '-', 0x00, (byte) 0xFF, 0x7F, (byte) 0xE3};

    private final FormIdParser parser = new FormIdParser();
    private final Random random;
    long streams;
    long framesSent;
    long framesRead;
    long bytes;

    StreamFuzzer(Random random) {
        this.random = random;
    }

    /** Bytes that arrive together, at {@code at} nanoseconds. */
    private record Chunk(byte[] bytes, long at) {
    }

    /** One stream being written: its chunks, the clock, and the IDs sent intact. */
    private final class Wire {
        final List<Chunk> chunks = new ArrayList<>();
        final Set<String> sent = new HashSet<>();
        long now;

        /** {@code b} as the line delivers it: in random reads a few milliseconds apart. */
        void send(byte[] b) {
            for (int at = 0; at < b.length; ) {
                int n = Math.min(b.length - at, 1 + random.nextInt(random.nextBoolean() ? 8 : 200));
                now += random.nextInt(3) * MS;
                chunks.add(new Chunk(Arrays.copyOfRange(b, at, at + n), now));
                at += n;
            }
        }

        /** A pause longer than the frame gap; sometimes longer than the framing's quiet. */
        void silence() {
            now += random.nextInt(4) == 0 ? GAP * ScannerFraming.QUIET_GAPS + MS + random.nextInt(1000) * MS
                : GAP + MS + (long) random.nextInt((int) (GAP * (ScannerFraming.QUIET_GAPS - 1) / MS) - 2) * MS;
        }
    }

    /** One stream of 5 to 15 pieces; returns a description of the failure, or null. */
    String oneStream() {
        streams++;
        Wire wire = new Wire();
        int pieces = 5 + random.nextInt(11);
        for (int p = 0; p < pieces; p++) {
            piece(wire);
        }
        String[] failure = {null};
        ScannerFraming framing = new ScannerFraming(ScannerFraming.payloads(payload -> {
            if (payload.length() > ScannerFraming.MAX_FRAME) {
                failure[0] = "payload over the frame limit";
            }
            if (parser.parse(payload) instanceof FormIdReading.Accepted a) {
                framesRead++;
                if (!wire.sent.contains(a.id().digits())) {
                    failure[0] = "accepted an ID that was never sent intact";
                }
            }
        }), GAP);
        try {
            for (Chunk c : wire.chunks) {
                bytes += c.bytes().length;
                framing.feed(c.bytes(), c.at());
            }
        } catch (RuntimeException e) {
            return "framing threw " + e.getClass().getName();
        }
        return failure[0];
    }

    private void piece(Wire wire) {
        boolean text = random.nextBoolean();
        String payload = payload(text);
        byte[] frame = frame(payload, text);
        int kind = random.nextInt(10);
        if (kind <= 6 && kind != 4 && parser.parse(payload) instanceof FormIdReading.Accepted a) {
            // the frame carries this ID: reading it (even from a cut or stalled frame that
            // happened to be complete) is right; reading any other ID from its pieces is not
            wire.sent.add(a.id().digits());
            framesSent += kind <= 3 ? 1 : 0;
        }
        switch (kind) {
            case 0, 1, 2, 3 -> wire.send(frame); // an intact frame
            case 4 -> { // a bit error in an STX/ETX frame (a text frame has no check to catch one)
                byte[] f = frame(FuzzText.validForm(random), false);
                f[1 + random.nextInt(f.length - 1)] ^= (byte) (1 << random.nextInt(8));
                wire.send(f);
            }
            case 5 -> { // cut off: the scanner lost power, the line goes quiet
                wire.send(Arrays.copyOf(frame, random.nextInt(frame.length)));
                wire.silence();
            }
            case 6 -> { // stalled: a silence inside, then the tail
                int at = 1 + random.nextInt(Math.max(1, frame.length - 1));
                wire.send(Arrays.copyOf(frame, at));
                wire.silence();
                wire.now = Math.min(wire.now, wire.chunks.get(wire.chunks.size() - 1).at() + GAP * (ScannerFraming.QUIET_GAPS - 1));
                wire.send(Arrays.copyOfRange(frame, at, frame.length));
            }
            case 7, 8 -> { // line noise, often followed by a pause
                wire.send(noise());
                if (random.nextBoolean()) {
                    wire.silence();
                }
            }
            default -> { // a huge frame
                String huge = "9".repeat(3000 + random.nextInt(3000));
                wire.send(frame(huge, text));
            }
        }
        if (random.nextInt(6) == 0) {
            wire.silence();
        }
    }

    /** A form in any shape, an Individual Number, or junk; a text frame cannot carry line ends or control bytes. */
    private String payload(boolean text) {
        String p = switch (random.nextInt(4)) {
            case 0, 1 -> FuzzText.validForm(random);
            case 2 -> FuzzText.mutate(random, FuzzText.validForm(random), 1 + random.nextInt(3));
            default -> random.nextBoolean() ? FuzzText.individualNumber(random) : FuzzText.randomText(random, random.nextInt(40));
        };
        // STX and ETX cannot travel inside an STX/ETX frame (the protocol has no escape)
        return text ? p.replaceAll("[\\x00-\\x08\\x0A-\\x1F\\x7F]", "") : p.replaceAll("[\\x02\\x03]", "");
    }

    private byte[] frame(String payload, boolean text) {
        if (!text) {
            return ScannerFraming.stxEtx(payload);
        }
        String end = switch (random.nextInt(3)) {
            case 0 -> "\r";
            case 1 -> "\n";
            default -> "\r\n";
        };
        return (payload + end).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A burst of line noise. It carries at least one byte no text frame carries (a control byte,
     * DEL or 0xFF): a burst of nothing but printable characters is, to any reader of the line,
     * text, and glued to a text frame it would be one (the framing's documented limit).
     */
    private byte[] noise() {
        byte[] out = new byte[1 + random.nextInt(20)];
        boolean marked = false;
        for (int i = 0; i < out.length; i++) {
            out[i] = random.nextInt(3) == 0 ? NOISE_BIAS[random.nextInt(NOISE_BIAS.length)] : (byte) random.nextInt(256);
            marked |= notText(out[i] & 0xFF);
        }
        if (!marked) {
            out[random.nextInt(out.length)] = NOT_TEXT[random.nextInt(NOT_TEXT.length)];
        }
        return out;
    }

    private static boolean notText(int b) {
        return (b < 0x20 && b != '\t' && b != '\r' && b != '\n') || b == 0x7F || b == 0xFF;
    }
}
