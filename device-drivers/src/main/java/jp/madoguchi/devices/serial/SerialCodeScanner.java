package jp.madoguchi.devices.serial;

import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import jp.madoguchi.devices.api.CodeScanner;
import jp.madoguchi.devices.api.DeviceCondition;
import jp.madoguchi.devices.api.DeviceKind;
import jp.madoguchi.devices.api.ScannedCode;
import jp.madoguchi.devices.api.Subscription;
import jp.madoguchi.devices.spi.Listeners;
import jp.madoguchi.devices.spi.ReportingDevice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A serial 2D code scanner. One reader thread owns the line: it opens it (READY), feeds every
 * byte through {@link ScannerFraming}, and when the line is lost (unplugged, the device node
 * gone, a read error) it reports OFFLINE and reopens with back-off until the scanner is back.
 * Codes read while disarmed are thrown away, so a form waved at the wrong screen is not
 * remembered. Logs carry lengths and reasons only, never a payload: a resident may hold up
 * their Individual Number card by mistake.
 */
public final class SerialCodeScanner extends ReportingDevice implements CodeScanner {
    private static final Logger LOG = LoggerFactory.getLogger(SerialCodeScanner.class);
    private static final long POLL_MILLIS = 10;
    /** How often an idle line checks that its device node still exists. */
    private static final long PRESENCE_CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
    /** A frame is sent in one go; a longer silence inside one means it was cut. */
    private static final long FRAME_GAP_NANOS = TimeUnit.MILLISECONDS.toNanos(300);

    private final SerialLine line;
    private final Clock clock;
    private final Backoff backoff;
    private final Listeners<ScannedCode> codes = new Listeners<>();
    private final ScannerFraming framing;
    private final Thread reader;
    private volatile boolean armed;
    private volatile boolean closed;

    private SerialCodeScanner(SerialLine line, Clock clock, Backoff backoff) {
        super(DeviceKind.CODE_SCANNER, DeviceCondition.OFFLINE, clock);
        this.line = line;
        this.clock = clock;
        this.backoff = backoff;
        this.framing = new ScannerFraming(new ScannerFraming.Sink() {
            @Override
            public void payload(String payload) {
                deliver(payload);
            }

            @Override
            public void dropped(ScannerFraming.Drop reason) {
                LOG.info("serial scanner dropped a frame: {}", reason);
            }
        }, FRAME_GAP_NANOS);
        this.reader = new Thread(this::run, "serial-scanner");
        this.reader.setDaemon(true);
    }

    /** Opens the scanner; it starts OFFLINE and turns READY as soon as the line opens. */
    static SerialCodeScanner start(SerialLine line, Clock clock, Backoff backoff) {
        SerialCodeScanner scanner = new SerialCodeScanner(line, clock, backoff);
        scanner.reader.start();
        return scanner;
    }

    private void run() {
        boolean announcedAbsence = false;
        while (!closed) {
            try {
                line.open();
                framing.reset();
                backoff.reset();
                announcedAbsence = false;
                LOG.info("serial scanner open at {}", line.path());
                report(DeviceCondition.READY);
                readUntilLost();
            } catch (IOException e) {
                if (!announcedAbsence && !closed) {
                    LOG.warn("serial scanner unavailable: {}; retrying with back-off", e.getMessage());
                    announcedAbsence = true;
                }
            } finally {
                line.close();
            }
            if (!closed) {
                report(DeviceCondition.OFFLINE);
                sleep(backoff.nextMillis());
            }
        }
    }

    private void readUntilLost() throws IOException {
        long lastPresenceCheck = System.nanoTime();
        while (!closed) {
            byte[] bytes = line.readAvailable();
            long now = System.nanoTime();
            if (bytes.length > 0) {
                framing.feed(bytes, now);
                continue;
            }
            if (now - lastPresenceCheck > PRESENCE_CHECK_NANOS) {
                lastPresenceCheck = now;
                if (!line.present()) {
                    throw new IOException("device node " + line.path() + " disappeared");
                }
            }
            sleep(POLL_MILLIS);
        }
    }

    private void deliver(String payload) {
        if (!armed) {
            LOG.debug("serial scanner ignored a code while disarmed ({} chars)", payload.length());
            return;
        }
        codes.publish(new ScannedCode(payload, clock.instant()));
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            closed = true;
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void arm() {
        armed = true;
    }

    @Override
    public void disarm() {
        armed = false;
    }

    @Override
    public boolean armed() {
        return armed;
    }

    @Override
    public Subscription onCode(Consumer<ScannedCode> listener) {
        return codes.add(listener);
    }

    @Override
    public String description() {
        return "serial:" + line.path();
    }

    @Override
    public void close() {
        closed = true;
        reader.interrupt();
        try {
            reader.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
