package jp.madoguchi.devices.api;

/** The device could not do what was asked because of its condition (offline, paper out, ...). */
public class DeviceUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient DeviceStatus status;

    public DeviceUnavailableException(DeviceStatus status, String message) {
        super(message);
        this.status = status;
    }

    public DeviceStatus status() {
        return status;
    }
}
