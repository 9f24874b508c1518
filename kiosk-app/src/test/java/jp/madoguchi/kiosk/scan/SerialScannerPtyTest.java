package jp.madoguchi.kiosk.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import jp.madoguchi.devices.api.CodeScanner;
import jp.madoguchi.devices.api.DeviceCondition;
import jp.madoguchi.devices.api.ScannedCode;
import jp.madoguchi.devices.serial.ScannerFraming;
import jp.madoguchi.devices.serial.SerialScannerProvider;
import jp.madoguchi.devices.spi.CodeScannerConfig;
import jp.madoguchi.devices.spi.CodeScannerProvider;
import jp.madoguchi.devices.spi.DeviceProviders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real jssc driver on one end of a socat pty pair, the test as the scanner on the other. */
class SerialScannerPtyTest {
    static final String FORM = "12345678901234567890123";
    static final String OTHER = "98765432109876543210987";

    @TempDir
    Path folder;
    SocatPty pty;
    CodeScanner scanner;
    final BlockingQueue<String> codes = new LinkedBlockingQueue<>();
    final List<DeviceCondition> conditions = new CopyOnWriteArrayList<>();

    @BeforeEach
    void plugIn() throws Exception {
        pty = new SocatPty(folder);
        pty.start();
        scanner = DeviceProviders.find(CodeScannerProvider.class, "serial")
            .open(new CodeScannerConfig("serial", pty.scannerEnd(), 115200));
        scanner.onCode((ScannedCode code) -> codes.add(code.payload()));
        scanner.onStatus(s -> conditions.add(s.condition()));
        scanner.arm();
        awaitCondition(DeviceCondition.READY);
    }

    /** Runs after a skipped set-up too (socat missing): closes only what was opened. */
    @AfterEach
    void unplug() throws Exception {
        if (scanner != null) {
            scanner.close();
        }
        if (pty != null) {
            pty.close();
        }
    }

    @Test
    void providerIsFoundByItsId() {
        assertThat(DeviceProviders.find(CodeScannerProvider.class, "serial")).isInstanceOf(SerialScannerProvider.class);
        assertThat(scanner.description()).isEqualTo("serial:" + pty.scannerEnd());
    }

    @Test
    void readsEveryTerminatorStyle() throws Exception {
        pty.send(ascii(FORM + "\r"));
        assertThat(next()).isEqualTo(FORM);
        pty.send(ascii(OTHER + "\n"));
        assertThat(next()).isEqualTo(OTHER);
        pty.send(ascii(FORM + "\r\n"));
        assertThat(next()).isEqualTo(FORM);
        pty.send(ScannerFraming.stxEtx(OTHER));
        assertThat(next()).isEqualTo(OTHER);
        assertThat(codes.poll(200, TimeUnit.MILLISECONDS)).as("CR LF is one terminator, not two frames").isNull();
    }

    @Test
    void rejectsAWrongBccAndSurvivesNoiseAndBursts() throws Exception {
        byte[] bad = ScannerFraming.stxEtx(FORM);
        bad[bad.length - 1] ^= 0x5A;
        pty.send(bad);
        pty.send(new byte[] {0x00, (byte) 0xFF, 0x1B, 0x07});
        pty.send(ascii("1234567"));           // a partial frame, then line noise cuts it
        pty.send(new byte[] {0x00});
        pty.send(concat(ascii(OTHER + "\r\n"), ScannerFraming.stxEtx(FORM), ascii(OTHER + "\r")));
        // the text frame right after the bad frame and the noise is not believed (it cannot be
        // told from the bad frame's tail or the noise's); the STX frame, which its BCC vouches
        // for, is, and the line is trusted again after it
        assertThat(next()).isEqualTo(FORM);
        assertThat(next()).isEqualTo(OTHER);
        assertThat(codes.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void ignoresCodesWhileDisarmed() throws Exception {
        scanner.disarm();
        pty.send(ascii(FORM + "\r"));
        assertThat(codes.poll(300, TimeUnit.MILLISECONDS)).isNull();
        scanner.arm();
        pty.send(ascii(OTHER + "\r"));
        assertThat(next()).isEqualTo(OTHER);
    }

    @Test
    void reconnectsWhenThePortComesBack() throws Exception {
        pty.stop();
        awaitCondition(DeviceCondition.OFFLINE);
        pty.start();
        awaitCondition(DeviceCondition.READY);
        pty.send(ascii(FORM + "\r"));
        assertThat(next()).isEqualTo(FORM);
        // READY before the unplug may precede the subscription; the outage and the return must be heard
        assertThat(conditions).containsSubsequence(DeviceCondition.OFFLINE, DeviceCondition.READY);
    }

    private String next() throws InterruptedException {
        String code = codes.poll(5, TimeUnit.SECONDS);
        assertThat(code).as("a code within 5 s").isNotNull();
        return code;
    }

    private void awaitCondition(DeviceCondition wanted) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (scanner.status().condition() != wanted && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(scanner.status().condition()).isEqualTo(wanted);
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
