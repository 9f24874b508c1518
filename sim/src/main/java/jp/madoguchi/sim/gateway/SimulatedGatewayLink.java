package jp.madoguchi.sim.gateway;

import java.time.Clock;
import java.util.function.Consumer;
import jp.madoguchi.devices.api.Application;
import jp.madoguchi.devices.api.ApplicationGateway;
import jp.madoguchi.devices.api.Delivery;
import jp.madoguchi.devices.api.DeviceStatus;
import jp.madoguchi.devices.api.Subscription;
import jp.madoguchi.devices.gateway.HttpApplicationGateway;
import jp.madoguchi.devices.spi.GatewayConfig;

/**
 * {@code gateway.provider=sim}: the real HTTP client connected to a {@link GatewaySimulator} on
 * loopback, which this link starts and stops with itself. Only the wire's far end is simulated:
 * every application goes through the same client, JSON, timeouts and retries as in production.
 */
public final class SimulatedGatewayLink implements ApplicationGateway {
    private final GatewaySimulator simulator;
    private final HttpApplicationGateway client;

    private SimulatedGatewayLink(GatewaySimulator simulator, HttpApplicationGateway client) {
        this.simulator = simulator;
        this.client = client;
    }

    public static SimulatedGatewayLink open(GatewayConfig config, Clock clock) {
        return open(config, clock, 1);
    }

    /** @param faultSeed the seed of the fault switches' dice (a scenario's seed: the same faults on every run) */
    public static SimulatedGatewayLink open(GatewayConfig config, Clock clock, long faultSeed) {
        GatewaySimulator simulator = GatewaySimulator.start(0, GatewaySimulator.KIOSK_MEMORY, new GatewayFaults(faultSeed));
        return new SimulatedGatewayLink(simulator, new HttpApplicationGateway(config.at(simulator.endpoint()), clock));
    }

    /** The simulated receiver: its faults, counts and down/up controls. */
    public GatewaySimulator simulator() {
        return simulator;
    }

    @Override
    public Delivery deliver(Application application) {
        return client.deliver(application);
    }

    @Override
    public String description() {
        return "sim:" + simulator.endpoint();
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
        simulator.close();
    }
}
