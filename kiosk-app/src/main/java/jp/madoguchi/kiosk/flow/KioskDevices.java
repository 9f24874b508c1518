package jp.madoguchi.kiosk.flow;

import java.util.List;
import jp.madoguchi.devices.api.ApplicationGateway;
import jp.madoguchi.devices.api.Camera;
import jp.madoguchi.devices.api.CodeScanner;
import jp.madoguchi.devices.api.Device;
import jp.madoguchi.devices.api.DeviceKind;
import jp.madoguchi.devices.api.Lights;
import jp.madoguchi.devices.api.Printer;
import jp.madoguchi.devices.api.ResidentRegister;

/** The devices the flow drives, chosen once by the composition root. */
public record KioskDevices(Camera camera, CodeScanner scanner, Printer printer, Lights lights,
                           ApplicationGateway gateway, ResidentRegister register) implements AutoCloseable {
    public List<Device> all() {
        return List.of(camera, scanner, printer, lights, gateway, register);
    }

    public Device of(DeviceKind kind) {
        return switch (kind) {
            case CAMERA -> camera;
            case CODE_SCANNER -> scanner;
            case PRINTER -> printer;
            case LIGHTS -> lights;
            case GATEWAY -> gateway;
            case REGISTER -> register;
            // the speaker reads screens aloud for the UI; no step of the flow needs it
            case SPEAKER -> throw new IllegalArgumentException("the flow does not drive the speaker");
        };
    }

    /** Releases every device, each even if another fails to close. */
    @Override
    public void close() {
        all().forEach(Device::close);
    }
}
