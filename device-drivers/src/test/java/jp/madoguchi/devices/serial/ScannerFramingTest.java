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
    void lineNoiseBetweenFramesIsDiscardedAndTheLineIsBelievedAgainAfterAPause() {
        framing.feed(new byte[] {0x00, (byte) 0xFF, '7', 0x1B, 0x7F}, 0);
        feed(FORM + "\r\n", 400 * MS);
        assertThat(payloads).containsExactly(FORM);
    }

    @Test
    void textAfterTheLastNoiseByteMayBeAFramesHeadSoAPauseThereIsAStall() {
        framing.feed(new byte[] {0x00, '1', '2'}, 0);
        feed("345678901234567890123\r", 400 * MS); // the tail of "12..." or a frame of its own: not believed
        feed(FORM + "\r", 800 * MS);
        assertThat(payloads).containsExactly(FORM);
    }

    @Test
    void textRightAfterNoiseIsNotBelievedButAnStxFrameIs() {
        // noise ending in a line end and "12", then a 21-digit code: read together they would make 23 digits
        framing.feed(new byte[] {0x00, (byte) 0x9C, '\n', '1', '2'}, 0);
        feed("345678901234567890123\r", MS);
        feed(FORM + "\r", 2 * MS);
        assertThat(payloads).isEmpty();
        framing.feed(ScannerFraming.stxEtx(FORM), 3 * MS);
        assertThat(payloads).containsExactly(FORM);
        feed(FORM + "\r", 4 * MS);
        assertThat(payloads).containsExactly(FORM, FORM);
    }

    @Test
    void theIssueElevenStreamReadsOnlyTheGenuineFrame() {
        // a frame cut off by silence, noise ending in ETX, then a genuine frame with a line end inside
        byte[] cut = java.util.Arrays.copyOf(ScannerFraming.stxEtx("98765432109876543210987"), 12);
        framing.feed(cut, 0);
        framing.feed(new byte[] {0x11, (byte) 0xE0, ScannerFraming.ETX}, 1000 * MS);
        String genuine = FORM + "\n48";
        framing.feed(ScannerFraming.stxEtx(genuine), 1001 * MS);
        assertThat(payloads).containsExactly(genuine);
    }

    @Test
    void anStxWhereTheBccWasDueStartsTheNextFrame() {
        byte[] lostBcc = ScannerFraming.stxEtx("55555");
        framing.feed(java.util.Arrays.copyOf(lostBcc, lostBcc.length - 1), 0);
        framing.feed(ScannerFraming.stxEtx(FORM + "\r\n7"), MS);
        framing.feed(ScannerFraming.stxEtx(FORM), 2 * MS);
        assertThat(payloads).containsExactly(FORM + "\r\n7", FORM);
    }

    @Test
    void aBccOfTwoIsStillABcc() {
        byte[] frame = ScannerFraming.stxEtx("A" + (char) ('A' ^ 0x01));
        assertThat(frame[frame.length - 1]).isEqualTo((byte) ScannerFraming.STX);
        framing.feed(frame, 0);
        framing.feed(ScannerFraming.stxEtx(FORM), MS);
        assertThat(payloads).containsExactly("A" + (char) ('A' ^ 0x01), FORM);
    }

    @Test
    void aDataByteTurnedIntoEtxDoesNotLetTheRestReadAsText() {
        // "#" (0x23) one bit away from ETX: the frame ends early, its BCC is wrong, and the rest
        // (a line end, then 23 digits and a line end) is skipped up to the real ETX and BCC
        byte[] frame = ScannerFraming.stxEtx("99#\n" + FORM + "\r");
        frame[3] = ScannerFraming.ETX;
        framing.feed(frame, 0);
        framing.feed(ScannerFraming.stxEtx(FORM), MS);
        assertThat(payloads).containsExactly(FORM);
        assertThat(drops).containsExactly(Drop.BAD_BCC);
    }

    @Test
    void aTailAfterAStallIsSkippedEvenAcrossSeveralStalls() {
        byte[] frame = ScannerFraming.stxEtx("x\n" + FORM + "\r");
        framing.feed(java.util.Arrays.copyOf(frame, 2), 0);
        framing.feed(java.util.Arrays.copyOfRange(frame, 2, 4), 500 * MS);
        framing.feed(java.util.Arrays.copyOfRange(frame, 4, frame.length), 1000 * MS);
        feed(FORM + "\r", 1001 * MS);
        assertThat(payloads).as("text right after the skipped frame's BCC is not believed").isEmpty();
        framing.feed(ScannerFraming.stxEtx(FORM), 1002 * MS);
        assertThat(payloads).containsExactly(FORM);
    }

    @Test
    void aByteTakenForALostBccMayBeTheHeadOfAStalledFrame() {
        // a frame cut before its BCC, a pause, then "3" (taken for the BCC), a stall, and the rest
        // of "37774-5160-680-29948-8760-677": the rest alone would read as 23 digits
        byte[] frame = ScannerFraming.stxEtx("8173 0365 9610 6493 3392 135");
        framing.feed(java.util.Arrays.copyOf(frame, frame.length - 1), 0);
        feed("3", 1300 * MS);
        feed("7774-5160-680-29948-8760-677\n", 1700 * MS);
        assertThat(payloads).isEmpty();
    }

    @Test
    void aLongQuietEndsAnySkip() {
        framing.feed(new byte[] {ScannerFraming.STX}, 0); // noise that looks like a frame start, on a text-mode line
        feed(FORM + "\r", 2000 * MS);
        feed(FORM + "\r", 4000 * MS);
        assertThat(payloads).as("skipped as the tail of the frame the STX began").isEmpty();
        feed(FORM + "\r", 4000 * MS + ScannerFraming.QUIET_GAPS * 300 * MS + MS);
        assertThat(payloads).containsExactly(FORM);
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
