package jp.madoguchi.sim.device;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import jp.madoguchi.devices.api.DeviceStatus;
import jp.madoguchi.devices.api.DeviceUnavailableException;
import jp.madoguchi.devices.api.RegisteredResident;
import jp.madoguchi.devices.api.ReissuedForm;
import jp.madoguchi.devices.api.RequestRefusedException;
import jp.madoguchi.devices.api.ResidentRegister;
import jp.madoguchi.devices.api.Subscription;
import jp.madoguchi.devices.register.HttpResidentRegister;
import jp.madoguchi.sim.register.FictitiousResidents;
import jp.madoguchi.sim.register.FormLedger;
import jp.madoguchi.sim.register.SimRegisterService;

/**
 * The resident register as a development kiosk has it: the real HTTP client
 * ({@link HttpResidentRegister}) talking to {@link SimRegisterService} on loopback. Only the far
 * end is simulated (OpenPnP's "simulate the wire, not the driver"); this class owns both and
 * hands the panel and tests the service's controls.
 */
public final class SimRegister implements ResidentRegister {
    private final SimRegisterService service;
    private final HttpResidentRegister client;

    public SimRegister(FormLedger ledger, Clock clock) {
        this.service = new SimRegisterService(FictitiousResidents.builtIn(), ledger, clock);
        this.client = new HttpResidentRegister(service.endpoint(), "sim:" + service.endpoint().getAuthority(), clock);
        client.probe(); // the service runs in this process: ready before the kiosk starts, as a test expects
    }

    /** The simulated service: residents, the form ledger, take it down, its request log. */
    public SimRegisterService service() {
        return service;
    }

    @Override
    public List<RegisteredResident> find(String name, LocalDate born) throws DeviceUnavailableException {
        return client.find(name, born);
    }

    @Override
    public Optional<RegisteredResident> byCode(String residentCode) throws DeviceUnavailableException {
        return client.byCode(residentCode);
    }

    @Override
    public ReissuedForm reissue(String residentCode, String staffId) throws DeviceUnavailableException, RequestRefusedException {
        return client.reissue(residentCode, staffId);
    }

    @Override
    public String description() {
        return client.description();
    }

    @Override
    public DeviceStatus status() {
        return client.status();
    }

    @Override
    public Subscription onStatus(Consumer<DeviceStatus> listener) {
        return client.onStatus(listener);
    }

    @Override
    public void close() {
        client.close();
        service.close();
    }
}
