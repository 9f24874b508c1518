package jp.madoguchi.sim.device;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.devices.api.ApplicationGateway;
import jp.madoguchi.devices.api.ApplicationPacket;
import jp.madoguchi.devices.api.DeviceKind;
import jp.madoguchi.devices.api.DeviceUnavailableException;
import jp.madoguchi.devices.api.RequestRefusedException;
import jp.madoguchi.sim.register.FormLedger;

/** Stands in for the J-LIS receiving side: acknowledges every packet while "online". */
public final class SimGateway extends SimulatedDevice implements ApplicationGateway {
    private final List<ApplicationPacket> received = new ArrayList<>();
    private final FormLedger ledger;

    public SimGateway(Clock clock) {
        this(clock, null);
    }

    /** @param ledger the simulated register's forms: a voided form ID is refused (issue 12); null to accept all */
    public SimGateway(Clock clock, FormLedger ledger) {
        super(DeviceKind.GATEWAY, clock);
        this.ledger = ledger;
    }

    @Override
    public synchronized String submit(ApplicationPacket packet) throws DeviceUnavailableException, RequestRefusedException {
        requireReady("submit");
        // issue 12: J-LIS refuses a form replaced by a reissue (the gateway simulator of issue 10 takes this over)
        if (ledger != null && ledger.status(packet.formIdDigits()) == FormLedger.Status.VOIDED) {
            record("refused " + packet + ": " + RequestRefusedException.FORM_ID_VOIDED);
            throw new RequestRefusedException(RequestRefusedException.FORM_ID_VOIDED);
        }
        received.add(packet);
        record("received " + packet);
        return String.format("SIM-ACK-%06d", received.size());
    }

    /** What arrived, for tests; held in memory only. */
    public synchronized List<ApplicationPacket> received() {
        return List.copyOf(received);
    }
}
