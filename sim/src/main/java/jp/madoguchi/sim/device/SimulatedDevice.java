package jp.madoguchi.sim.device;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import jp.madoguchi.devices.api.DeviceCondition;
import jp.madoguchi.devices.api.DeviceKind;
import jp.madoguchi.devices.api.DeviceStatus;
import jp.madoguchi.devices.api.DeviceUnavailableException;
import jp.madoguchi.devices.api.Subscription;
import jp.madoguchi.devices.spi.Listeners;
import jp.madoguchi.devices.spi.ReportingDevice;

/**
 * What every simulated device shares: it stands in (unplug, replug, faults fire real status
 * events) and it records (a log of what it was asked), so tests assert on behaviour.
 */
public abstract class SimulatedDevice extends ReportingDevice {
    private final Recent<String> log = new Recent<>();
    private final Listeners<String> recorded = new Listeners<>();

    protected SimulatedDevice(DeviceKind kind, Clock clock) {
        super(kind, DeviceCondition.READY, clock);
    }

    @Override
    public String description() {
        return "sim";
    }

    /** Control: as if the cable were pulled. */
    public void unplug() {
        record("unplugged");
        report(DeviceCondition.OFFLINE);
    }

    /** Control: back to working order, whatever was wrong. */
    public void replug() {
        record("replugged");
        report(DeviceCondition.READY);
    }

    protected void requireReady(String action) throws DeviceUnavailableException {
        DeviceStatus now = status();
        if (!now.ready()) {
            record(action + " refused: " + now.condition());
            throw new DeviceUnavailableException(now, kind() + " is " + now.condition());
        }
    }

    protected void record(String entry) {
        synchronized (this) {
            log.add(entry);
        }
        recorded.publish(entry); // outside the lock: a listener (the panel's list) must not hold the device up
    }

    /** Told every entry as it is recorded (the panel's live list of device calls). */
    public Subscription onRecord(Consumer<String> listener) {
        return recorded.add(listener);
    }

    /** What the device was asked, in order, the last thousand entries (no personal data: payloads are recorded as lengths). */
    public synchronized List<String> log() {
        return log.list();
    }

    @Override
    public void close() {
        record("closed");
    }
}
