package jp.madoguchi.sim.device;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.devices.api.ApplicationGateway;
import jp.madoguchi.devices.api.ApplicationPacket;
import jp.madoguchi.devices.api.DeviceKind;
import jp.madoguchi.devices.api.DeviceUnavailableException;

/** Stands in for the J-LIS receiving side: acknowledges every packet while "online". */
public final class SimGateway extends SimulatedDevice implements ApplicationGateway {
    private final List<ApplicationPacket> received = new ArrayList<>();

    public SimGateway(Clock clock) {
        super(DeviceKind.GATEWAY, clock);
    }

    @Override
    public synchronized String submit(ApplicationPacket packet) throws DeviceUnavailableException {
        requireReady("submit");
        received.add(packet);
        record("received " + packet);
        return String.format("SIM-ACK-%06d", received.size());
    }

    /** What arrived, for tests; held in memory only. */
    public synchronized List<ApplicationPacket> received() {
        return List.copyOf(received);
    }
}
