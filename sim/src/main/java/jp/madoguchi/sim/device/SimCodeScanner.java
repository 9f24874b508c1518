package jp.madoguchi.sim.device;

import java.time.Clock;
import java.util.function.Consumer;
import jp.madoguchi.devices.api.CodeScanner;
import jp.madoguchi.devices.api.DeviceKind;
import jp.madoguchi.devices.api.ScannedCode;
import jp.madoguchi.devices.api.Subscription;
import jp.madoguchi.devices.serial.ScannerFraming;
import jp.madoguchi.devices.spi.Listeners;

/**
 * A scanner that reads whatever a test or the panel presents to it, if armed and plugged in.
 * Only the wire is simulated: a presented code travels as the bytes a real scanner sends
 * (STX, data, ETX, BCC) through the real driver's {@link ScannerFraming}, and raw bytes (noise,
 * cut frames) can be put on the wire with {@link #transmit(byte[])}.
 */
public final class SimCodeScanner extends SimulatedDevice implements CodeScanner {
    /** A silence this long inside a frame cuts it, as on a real line. */
    private static final long FRAME_GAP_NANOS = 300_000_000L;

    private final Clock clock;
    private final Listeners<ScannedCode> listeners = new Listeners<>();
    private final ScannerFraming framing;
    private volatile boolean armed;
    private int delivered;

    public SimCodeScanner(Clock clock) {
        super(DeviceKind.CODE_SCANNER, clock);
        this.clock = clock;
        this.framing = new ScannerFraming(new ScannerFraming.Sink() {
            @Override
            public void payload(String payload) {
                deliver(payload);
            }

            @Override
            public void dropped(ScannerFraming.Drop reason) {
                record("dropped a frame: " + reason);
            }
        }, FRAME_GAP_NANOS);
    }

    @Override
    public void arm() {
        armed = true;
        record("armed");
    }

    @Override
    public void disarm() {
        armed = false;
        record("disarmed");
    }

    @Override
    public boolean armed() {
        return armed;
    }

    @Override
    public Subscription onCode(Consumer<ScannedCode> listener) {
        return listeners.add(listener);
    }

    /**
     * Control: hold a code in front of the scanner. Listeners run on the caller's thread, as a
     * real driver's reader thread would call them.
     *
     * @return whether the scanner read it (it must be armed and ready)
     */
    public boolean present(String payload) {
        if (!armed || !status().ready()) {
            record("ignored code (" + payload.length() + " chars): " + (armed ? status().condition() : "not armed"));
            return false;
        }
        return transmit(ScannerFraming.stxEtx(payload)) > 0;
    }

    /**
     * Control: put raw bytes on the scanner's wire (any framing, noise, half a frame).
     *
     * @return how many codes the framing delivered from them
     */
    public synchronized int transmit(byte[] bytes) {
        if (!status().ready()) {
            record("wire dead (" + bytes.length + " bytes): " + status().condition());
            return 0;
        }
        int before = delivered;
        framing.feed(bytes, System.nanoTime());
        return delivered - before;
    }

    private void deliver(String payload) {
        if (!armed) {
            record("ignored code (" + payload.length() + " chars): not armed");
            return;
        }
        delivered++;
        record("read code (" + payload.length() + " chars)");
        listeners.publish(new ScannedCode(payload, clock.instant()));
    }
}
