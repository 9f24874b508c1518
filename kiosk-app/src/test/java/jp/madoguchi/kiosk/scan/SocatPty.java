package jp.madoguchi.kiosk.scan;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import jp.madoguchi.kiosk.testing.SystemPart;

/**
 * A real pseudo-terminal pair from socat: the driver opens {@link #scannerEnd()} with jssc,
 * the test plays the scanner by writing into the other end. Stopping socat removes both links,
 * as unplugging a USB scanner removes its device node; starting it again brings them back.
 */
public final class SocatPty implements AutoCloseable {
    private final Path kioskEnd;
    private final Path scannerSide;
    private Process socat;
    private OutputStream wire;

    public SocatPty(Path folder) {
        SystemPart.require(socatInstalled(), "socat (a pseudo-terminal pair for the serial scanner tests)", "socat");
        this.kioskEnd = folder.resolve("kiosk");
        this.scannerSide = folder.resolve("scanner");
    }

    /** The path the kiosk's driver opens: scanner.port. */
    public String scannerEnd() {
        return kioskEnd.toString();
    }

    public void start() throws IOException, InterruptedException {
        socat = new ProcessBuilder("socat", "-d", "-d",
            "pty,raw,echo=0,link=" + kioskEnd, "pty,raw,echo=0,link=" + scannerSide)
            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!(Files.exists(kioskEnd) && Files.exists(scannerSide))) {
            if (System.nanoTime() > deadline || !socat.isAlive()) {
                throw new IOException("socat did not create the pty pair");
            }
            Thread.sleep(20);
        }
        wire = new FileOutputStream(scannerSide.toFile());
    }

    /** The scanner sends these bytes down the line. */
    public void send(byte[] bytes) throws IOException {
        wire.write(bytes);
        wire.flush();
    }

    /** Like pulling the cable: socat ends and removes both links. */
    public void stop() throws InterruptedException {
        if (wire != null) {
            try {
                wire.close();
            } catch (IOException ignored) {
                // the pty may already be gone
            }
            wire = null;
        }
        if (socat != null) {
            socat.destroy();
            if (!socat.waitFor(5, TimeUnit.SECONDS)) {
                socat.destroyForcibly().waitFor();
            }
            socat = null;
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private static boolean socatInstalled() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, "socat"))) {
                return true;
            }
        }
        return false;
    }
}
