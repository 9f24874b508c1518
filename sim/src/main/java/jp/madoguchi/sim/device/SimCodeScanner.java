package jp.madoguchi.sim.device;

import java.time.Clock;
import java.util.function.Consumer;
import jp.madoguchi.devices.api.CodeScanner;
import jp.madoguchi.devices.api.DeviceKind;
import jp.madoguchi.devices.api.ScannedCode;
import jp.madoguchi.devices.api.Subscription;
import jp.madoguchi.devices.spi.Listeners;

/** A scanner that reads whatever a test or the panel presents to it, if armed and plugged in. */
public final class SimCodeScanner extends SimulatedDevice implements CodeScanner {
    private final Clock clock;
    private final Listeners<ScannedCode> listeners = new Listeners<>();
    private volatile boolean armed;

    public SimCodeScanner(Clock clock) {
        super(DeviceKind.CODE_SCANNER, clock);
        this.clock = clock;
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
        record("read code (" + payload.length() + " chars)");
        listeners.publish(new ScannedCode(payload, clock.instant()));
        return true;
    }
}
