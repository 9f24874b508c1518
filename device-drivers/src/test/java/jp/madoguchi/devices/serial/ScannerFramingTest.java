package jp.madoguchi.devices.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.devices.serial.ScannerFraming.Drop;
import org.junit.jupiter.api.Test;

class ScannerFramingTest {
    static final String FORM = "12345678901234567890123";
    static final long MS = 1_000_000L;

    final List<String> payloads = new ArrayList<>();
    final List<Drop> drops = new ArrayList<>();
    final ScannerFraming framing = new ScannerFraming(new ScannerFraming.Sink() {
        @Override
        public void payload(String payload) {
            payloads.add(payload);
        }

        @Override
        public void dropped(Drop reason) {
            drops.add(reason);
        }
    }, 300 * MS);

    @Test
    void crLfAndCrLfEachEndOneFrame() {
        feed(FORM + "\r" + FORM + "\n" + FORM + "\r\n\r\n", 0);
        assertThat(payloads).containsExactly(FORM, FORM, FORM);
        assertThat(drops).isEmpty();
    }

    @Test
    void stxEtxFramesCarryABccAndAWrongOneIsRejected() {
        byte[] good = ScannerFraming.stxEtx(FORM);
        byte[] bad = good.clone();
        bad[5] = '9'; // a digit changed on the line: the BCC no longer matches
        framing.feed(bad, 0);
        framing.feed(good, MS);
        assertThat(payloads).containsExactly(FORM);
        assertThat(drops).containsExactly(Drop.BAD_BCC);
    }

    @Test
    void aBccThatLooksLikeATerminatorIsStillABcc() {
        // payload whose BCC byte is CR: XOR of "\u000e" and ETX = 0x0D
        byte[] frame = {ScannerFraming.STX, 'A', 0x0E ^ 'A', ScannerFraming.ETX, 0x0D};
        framing.feed(frame, 0);
        assertThat(payloads).containsExactly("A\u000e".replace('\u000e', (char) (0x0E ^ 'A')));
    }

    @Test
    void frameSplitAcrossReadsIsJoinedButACutOneIsDroppedToItsEnd() {
        feed(FORM.substring(0, 10), 0);
        feed(FORM.substring(10) + "\r", 5 * MS);
        feed("99999", 10 * MS);
        // after a long silence the rest may be the cut frame's tail: it must not read as a form
        feed("9".repeat(23) + "\r", 2000 * MS);
        feed(FORM + "\r", 2001 * MS);
        assertThat(payloads).containsExactly(FORM, FORM);
        assertThat(drops).containsExactly(Drop.CUT_BY_SILENCE);
    }

    @Test
    void aCutStxFrameDoesNotSwallowTheNextOne() {
        byte[] frame = ScannerFraming.stxEtx(FORM);
        framing.feed(java.util.Arrays.copyOf(frame, 9), 0);
        framing.feed(frame, 1000 * MS);
        assertThat(payloads).containsExactly(FORM);
    }

    @Test
    void lineNoiseBetweenFramesIsDiscarded() {
        framing.feed(new byte[] {0x00, (byte) 0xFF, '7', 0x1B, 0x7F}, 0);
        feed(FORM + "\r\n", MS);
        assertThat(payloads).containsExactly(FORM);
        assertThat(drops).contains(Drop.CUT_BY_NOISE);
    }

    @Test
    void overlongFramesAreDroppedWholeAndTheNextFrameIsRead() {
        feed("9".repeat(ScannerFraming.MAX_FRAME + 10) + "\r" + FORM + "\r", 0);
        byte[] hugeFramed = ScannerFraming.stxEtx("8".repeat(ScannerFraming.MAX_FRAME + 1));
        framing.feed(hugeFramed, MS);
        framing.feed(ScannerFraming.stxEtx(FORM), 2 * MS);
        assertThat(payloads).containsExactly(FORM, FORM);
        assertThat(drops).containsExactly(Drop.OVERLONG, Drop.OVERLONG);
    }

    @Test
    void anStxInsideATextFrameStartsAFreshFrame() {
        feed("4242", 0);
        framing.feed(ScannerFraming.stxEtx(FORM), MS);
        assertThat(payloads).containsExactly(FORM);
        assertThat(drops).containsExactly(Drop.CUT_BY_NOISE);
    }

    private void feed(String ascii, long at) {
        framing.feed(ascii.getBytes(StandardCharsets.US_ASCII), at);
    }
}
