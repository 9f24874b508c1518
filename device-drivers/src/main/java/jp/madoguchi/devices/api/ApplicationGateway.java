package jp.madoguchi.devices.api;

/**
 * The link to the receiving side (J-LIS, or a municipality's gateway to it). It reports OFFLINE
 * while the receiver cannot be reached, READY once it answers again.
 */
public interface ApplicationGateway extends Device {
    @Override
    default DeviceKind kind() {
        return DeviceKind.GATEWAY;
    }

    /**
     * Tries to deliver {@code application}; never throws for a network or receiver problem, which
     * is a {@link Delivery.Retry}. Safe to call again with the same application: its key makes the
     * receiver answer the first receipt again instead of storing it twice.
     */
    Delivery deliver(Application application);
}
