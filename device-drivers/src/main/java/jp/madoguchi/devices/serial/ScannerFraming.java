package jp.madoguchi.devices.serial;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Cuts the byte stream of a 2D code scanner into payloads. Scanners send one of:
 * <ul>
 *   <li>the data followed by CR, LF or CR LF (the factory default of most models);</li>
 *   <li>STX, the data, ETX and a BCC byte: the XOR of every byte after STX up to and including
 *       ETX (DENSO WAVE and Honeywell "STX/ETX + BCC" mode). A wrong BCC rejects the frame.</li>
 * </ul>
 * Between frames a public place adds line noise (NUL, 0xFF, stray control bytes from a cable
 * being plugged), partial frames (the scanner unplugged mid-send) and bursts (several frames in
 * one read). So: a stray control byte in a text frame drops what was collected (a cut frame must
 * not be glued to the next one); a silence longer than the frame gap inside a frame drops it and
 * everything up to its end (see {@link #cutBySilence()}); frames longer than {@link #MAX_FRAME}
 * are dropped whole. What comes out is still only a
 * candidate: the rules' form ID parser decides whether it is a form ID.
 *
 * <p>Not thread-safe: one reader thread feeds it. Never throws on any input.
 */
public final class ScannerFraming {
    /** Far above any form QR (tens of bytes) and above the parser's own limit, so huge codes are refused there. */
    public static final int MAX_FRAME = 4096;

    static final int STX = 0x02;
    static final int ETX = 0x03;
    static final int CR = 0x0D;
    static final int LF = 0x0A;
    static final int TAB = 0x09;

    /** What the framing throws away, by reason only (never the bytes: they may be personal data). */
    public enum Drop { BAD_BCC, OVERLONG, CUT_BY_NOISE, CUT_BY_SILENCE }

    /** Receives payloads and drops. */
    public interface Sink {
        void payload(String payload);

        void dropped(Drop reason);
    }

    private enum Mode { TEXT, FRAMED, AWAIT_BCC, SKIP_TEXT, SKIP_FRAMED, SKIP_BCC }

    private final Sink sink;
    private final long gapNanos;
    private final ByteArrayOutputStream frame = new ByteArrayOutputStream(64);
    private Mode mode = Mode.TEXT;
    private int bcc;
    private long lastByteAt;

    /**
     * @param gapNanos how long a silence inside a frame may last before the frame counts as cut;
     *                 a scanner sends a frame in one go (a 23-digit frame takes 26 ms at 9600 baud)
     */
    public ScannerFraming(Sink sink, long gapNanos) {
        this.sink = sink;
        this.gapNanos = gapNanos;
    }

    /** A sink that passes payloads on and ignores drops (tests, the simulator). */
    public static Sink payloads(Consumer<String> payloads) {
        return new Sink() {
            @Override
            public void payload(String payload) {
                payloads.accept(payload);
            }

            @Override
            public void dropped(Drop reason) {
            }
        };
    }

    /** Feeds bytes that arrived at {@code nanoTime} (System.nanoTime() or a test's clock). */
    public void feed(byte[] bytes, int length, long nanoTime) {
        if (length > 0 && nanoTime - lastByteAt > gapNanos) {
            cutBySilence();
        }
        for (int i = 0; i < length; i++) {
            accept(bytes[i] & 0xFF);
        }
        if (length > 0) {
            lastByteAt = nanoTime;
        }
    }

    public void feed(byte[] bytes, long nanoTime) {
        feed(bytes, bytes.length, nanoTime);
    }

    /**
     * A frame interrupted by a long silence: what follows may be its tail, and a tail can look
     * like a whole frame (the last 23 digits of a long code), so everything up to the frame's
     * end is skipped. A miss costs the resident one more scan; a wrong read costs far more.
     */
    private void cutBySilence() {
        Mode skip = switch (mode) {
            case TEXT -> frame.size() > 0 ? Mode.SKIP_TEXT : Mode.TEXT;
            case FRAMED -> Mode.SKIP_FRAMED;
            case AWAIT_BCC -> Mode.SKIP_BCC;
            default -> mode;
        };
        if (skip != mode) {
            sink.dropped(Drop.CUT_BY_SILENCE);
            frame.reset();
            bcc = 0;
            mode = skip;
        }
    }

    /** Forgets any frame in progress: the line was reopened, so nothing before belongs to what comes next. */
    public void reset() {
        frame.reset();
        bcc = 0;
        mode = Mode.TEXT;
        lastByteAt = 0;
    }

    private void accept(int b) {
        switch (mode) {
            case TEXT -> text(b);
            case FRAMED -> framed(b);
            case AWAIT_BCC -> checkBcc(b);
            case SKIP_TEXT, SKIP_FRAMED, SKIP_BCC -> skip(b);
        }
    }

    private void text(int b) {
        if (b == CR || b == LF) {
            emit();
        } else if (b == STX) {
            if (frame.size() > 0) {
                sink.dropped(Drop.CUT_BY_NOISE);
            }
            frame.reset();
            bcc = 0;
            mode = Mode.FRAMED;
        } else if ((b < 0x20 && b != TAB) || b == 0x7F || b == 0xFF) {
            // line noise: whatever was collected is no longer trustworthy
            reset(Drop.CUT_BY_NOISE);
        } else {
            collect(b, false);
        }
    }

    private void framed(int b) {
        bcc ^= b;
        if (b == ETX) {
            mode = Mode.AWAIT_BCC;
        } else if (b == STX) {
            // a new frame started: the previous one was cut off
            sink.dropped(Drop.CUT_BY_NOISE);
            frame.reset();
            bcc = 0;
        } else {
            collect(b, true);
        }
    }

    private void checkBcc(int b) {
        if (b == bcc) {
            mode = Mode.TEXT;
            emit();
        } else {
            reset(Drop.BAD_BCC);
        }
    }

    /** After an overlong or cut frame: wait for its end (and its BCC), then start afresh. */
    private void skip(int b) {
        if (mode == Mode.SKIP_BCC) {
            mode = Mode.TEXT;
        } else if (b == STX) {
            frame.reset();
            bcc = 0;
            mode = Mode.FRAMED;
        } else if (mode == Mode.SKIP_FRAMED ? b == ETX : (b == CR || b == LF)) {
            mode = mode == Mode.SKIP_FRAMED ? Mode.SKIP_BCC : Mode.TEXT;
        }
    }

    private void collect(int b, boolean framedFrame) {
        if (frame.size() >= MAX_FRAME) {
            frame.reset();
            sink.dropped(Drop.OVERLONG);
            mode = framedFrame ? Mode.SKIP_FRAMED : Mode.SKIP_TEXT;
            return;
        }
        frame.write(b);
    }

    private void emit() {
        if (frame.size() > 0) {
            String payload = frame.toString(StandardCharsets.UTF_8);
            frame.reset();
            sink.payload(payload);
        }
    }

    private void reset(Drop reason) {
        if (frame.size() > 0 || mode != Mode.TEXT) {
            sink.dropped(reason);
        }
        frame.reset();
        bcc = 0;
        mode = Mode.TEXT;
    }

    /** The frame a scanner in STX/ETX+BCC mode sends for {@code payload} (the simulator's wire, tests). */
    public static byte[] stxEtx(String payload) {
        byte[] data = payload.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[data.length + 3];
        out[0] = STX;
        int check = 0;
        for (int i = 0; i < data.length; i++) {
            out[i + 1] = data[i];
            check ^= data[i] & 0xFF;
        }
        out[data.length + 1] = ETX;
        out[data.length + 2] = (byte) (check ^ ETX);
        return out;
    }
}
