package jp.madoguchi.devices.api;

/** The link that delivers an application and returns the receiving side's acknowledgement. */
public interface ApplicationGateway extends Device {
    @Override
    default DeviceKind kind() {
        return DeviceKind.GATEWAY;
    }

    /** @return the receiving side's acknowledgement reference (no personal data in it) */
    String submit(ApplicationPacket packet) throws DeviceUnavailableException;
}
