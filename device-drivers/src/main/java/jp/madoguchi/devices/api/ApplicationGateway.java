package jp.madoguchi.devices.api;

/** The link that delivers an application and returns the receiving side's acknowledgement. */
public interface ApplicationGateway extends Device {
    @Override
    default DeviceKind kind() {
        return DeviceKind.GATEWAY;
    }

    /**
     * @return the receiving side's acknowledgement reference (no personal data in it)
     * @throws RequestRefusedException the receiving side refused the application, e.g.
     *         {@link RequestRefusedException#FORM_ID_VOIDED} for a form replaced by a newer one
     */
    String submit(ApplicationPacket packet) throws DeviceUnavailableException, RequestRefusedException;
}
