package jp.madoguchi.devices.serial;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Cuts the byte stream of a 2D code scanner into payloads. Scanners send one of:
 * <ul>
 *   <li>a text frame: the data followed by CR, LF or CR LF (the factory default of most models);</li>
 *   <li>STX, the data, ETX and a BCC byte: the XOR of every byte after STX up to and including
 *       ETX (DENSO WAVE and Honeywell "STX/ETX + BCC" mode). A wrong BCC rejects the frame.</li>
 * </ul>
 *
 * <p>The line of a public kiosk also carries what no scanner meant to send. The model this class
 * is correct for (and {@code ./kiosk scan-fuzz} checks, case by case): <b>line noise</b> (any
 * bytes, STX, ETX, CR and LF included, with at least one byte that is not text) between frames;
 * frames <b>cut off</b> (the scanner lost power or its cable), after which the line goes quiet
 * for a frame gap at least; frames <b>stalled</b>
 * by a silence longer than the frame gap, whose tail may follow; bit errors inside STX/ETX frames.
 * In every interleaving of these, a payload is delivered only when a whole frame arrived as it
 * was sent. A text frame has no checksum, so what cannot be told from a frame is not believed:
 * <ul>
 *   <li>after noise, text is not believed again until the line has been quiet for a frame gap
 *       (noise ending "\n12" followed by a 21-digit frame would otherwise read as 23 digits);
 *       an STX/ETX frame, whose BCC vouches for it, is read at once;</li>
 *   <li>a frame stalled, cut by STX or overlong is dropped together with everything up to its
 *       end (the line end, or ETX and its BCC): a tail can look like a whole frame;</li>
 *   <li>a wrong BCC drops the rest up to the next ETX and BCC (the "ETX" may have been a data
 *       byte hit by noise), and STX always starts a frame, even where a BCC was due: a lost BCC
 *       must not make the next frame's data read as text.</li>
 * </ul>
 * Only the protocols' own limits remain: a text frame whose bytes were changed on the wire, a
 * burst of nothing but printable characters right before a text frame (to any reader of the
 * line that is the frame's beginning), and an STX/ETX frame corrupted so that its 8-bit BCC
 * still matches (1 in 256) cannot be caught.
 * After {@link #QUIET_GAPS} frame gaps of silence nothing before counts: a scanner never pauses
 * that long inside a frame, and a line left skipping a frame that never ends would read nothing.
 * What comes out is still only a candidate: the rules' form ID parser decides.
 *
 * <p>Not thread-safe: one reader thread feeds it. Never throws on any input.
 */
public final class ScannerFraming {
    /** Far above any form QR (tens of bytes) and above the parser's own limit, so huge codes are refused there. */
    public static final int MAX_FRAME = 4096;
    /** Silence, in frame gaps, after which the line starts afresh whatever it was skipping. */
    public static final int QUIET_GAPS = 10;

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

    private enum Mode {
        /** Between frames, believing what comes next. */
        IDLE,
        /** Collecting a text frame. */
        TEXT,
        /** Collecting an STX/ETX frame. */
        FRAMED,
        /** ETX seen; the next byte is the BCC. */
        AWAIT_BCC,
        /** After noise: text is not believed until a silence (or an STX frame). */
        DISTRUST,
        /** Distrusted, with text since the last noise byte: a frame's head, maybe, so a silence now may be a stall. */
        DISTRUST_LINE,
        /** Skipping the rest of a text frame up to its line end. */
        SKIP_LINE,
        /** Skipping the rest of an STX/ETX frame up to its ETX. */
        SKIP_FRAME,
        /** Skipping the BCC of a frame being skipped. */
        SKIP_BCC
    }

    private final Sink sink;
    private final long gapNanos;
    /** The frame being collected. Emptied by overwriting: a form ID must not linger in memory after its frame. */
    private final FrameBuffer frame = new FrameBuffer(MAX_FRAME);
    private Mode mode = Mode.IDLE;
    private int bcc;
    private boolean heard;
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
        if (length <= 0) {
            return;
        }
        if (heard) {
            long silence = nanoTime - lastByteAt;
            if (silence > gapNanos * QUIET_GAPS) {
                afresh();
            } else if (silence > gapNanos) {
                silence();
            }
        }
        for (int i = 0; i < length; i++) {
            accept(bytes[i] & 0xFF);
        }
        heard = true;
        lastByteAt = nanoTime;
    }

    public void feed(byte[] bytes, long nanoTime) {
        feed(bytes, bytes.length, nanoTime);
    }

    /** Forgets any frame in progress: the line was reopened, so nothing before belongs to what comes next. */
    public void reset() {
        frame.reset();
        bcc = 0;
        mode = Mode.IDLE;
        heard = false;
    }

    /** A silence longer than the frame gap: a frame in progress was cut, and its tail may still come. */
    private void silence() {
        switch (mode) {
            case TEXT -> drop(Drop.CUT_BY_SILENCE, Mode.SKIP_LINE);
            case FRAMED -> drop(Drop.CUT_BY_SILENCE, Mode.SKIP_FRAME);
            case AWAIT_BCC -> drop(Drop.CUT_BY_SILENCE, Mode.SKIP_BCC);
            case DISTRUST -> mode = Mode.IDLE;
            case DISTRUST_LINE -> mode = Mode.SKIP_LINE;
            default -> {
            }
        }
    }

    /** A long quiet: no tail comes after this, so whatever was being collected or skipped is over. */
    private void afresh() {
        if (mode == Mode.TEXT || mode == Mode.FRAMED || mode == Mode.AWAIT_BCC) {
            sink.dropped(Drop.CUT_BY_SILENCE);
        }
        frame.reset();
        bcc = 0;
        mode = Mode.IDLE;
    }

    private void accept(int b) {
        if (b == STX && mode != Mode.FRAMED && mode != Mode.AWAIT_BCC) {
            startFrame();
            return;
        }
        switch (mode) {
            case IDLE -> idle(b);
            case TEXT -> text(b);
            case FRAMED -> framed(b);
            case AWAIT_BCC -> checkBcc(b);
            case DISTRUST, DISTRUST_LINE -> distrust(b);
            case SKIP_LINE -> mode = isLineEnd(b) ? Mode.IDLE : isNoise(b) ? Mode.DISTRUST_LINE : Mode.SKIP_LINE;
            case SKIP_FRAME -> mode = b == ETX ? Mode.SKIP_BCC : Mode.SKIP_FRAME;
            case SKIP_BCC -> distrust(b); // the skipped frame's BCC, or the first byte of what follows
        }
    }

    private void idle(int b) {
        if (isNoise(b)) {
            mode = Mode.DISTRUST;
        } else if (!isLineEnd(b)) {
            mode = Mode.TEXT;
            collect(b);
        }
    }

    /**
     * Noise, or text that cannot be told from noise: wait for a silence, remembering whether text
     * came after the last noise byte (a frame may have begun there, and a silence then is its stall).
     */
    private void distrust(int b) {
        mode = isLineEnd(b) || isNoise(b) ? Mode.DISTRUST : Mode.DISTRUST_LINE;
    }

    private void text(int b) {
        if (isLineEnd(b)) {
            emit();
            mode = Mode.IDLE;
        } else if (isNoise(b)) {
            drop(Drop.CUT_BY_NOISE, Mode.DISTRUST);
        } else {
            collect(b);
        }
    }

    private void framed(int b) {
        if (b == STX) {
            startFrame(); // a new frame started: the previous one was cut off
            return;
        }
        bcc ^= b;
        if (b == ETX) {
            mode = Mode.AWAIT_BCC;
        } else {
            collect(b);
        }
    }

    private void checkBcc(int b) {
        if (b == bcc) {
            emit();
            mode = Mode.IDLE;
        } else {
            drop(Drop.BAD_BCC, Mode.SKIP_FRAME);
        }
        if (b == STX) {
            startFrame(); // a BCC that equals STX, or a BCC lost before the next frame: either way a frame may start
        }
    }

    private void startFrame() {
        if (mode == Mode.TEXT || (mode == Mode.FRAMED && frame.size() > 0)) {
            sink.dropped(Drop.CUT_BY_NOISE);
        }
        frame.reset();
        bcc = 0;
        mode = Mode.FRAMED;
    }

    private void collect(int b) {
        if (frame.size() >= MAX_FRAME) {
            drop(Drop.OVERLONG, mode == Mode.FRAMED ? Mode.SKIP_FRAME : Mode.SKIP_LINE);
            return;
        }
        frame.add(b);
    }

    private void emit() {
        if (frame.size() > 0) {
            String payload = frame.text();
            frame.reset();
            sink.payload(payload);
        }
        bcc = 0;
    }

    private void drop(Drop reason, Mode next) {
        sink.dropped(reason);
        frame.reset();
        bcc = 0;
        mode = next;
    }

    private static boolean isLineEnd(int b) {
        return b == CR || b == LF;
    }

    /** Bytes no text frame carries: control characters but TAB and the line ends (STX is handled before), DEL, 0xFF. */
    private static boolean isNoise(int b) {
        return (b < 0x20 && b != TAB && !isLineEnd(b)) || b == 0x7F || b == 0xFF;
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
