package jp.madoguchi.kiosk.flow;

import java.util.function.Consumer;
import jp.madoguchi.devices.api.Device;

/**
 * Turns what devices report into flow events: status changes from every device, codes from
 * the scanner. The running kiosk passes a queue onto the flow's thread; tests pass
 * {@code flow::handle} and so run the same wiring synchronously.
 */
public final class DeviceWiring {
    private DeviceWiring() {
    }

    public static void connect(KioskDevices devices, Consumer<FlowEvent> flow) {
        for (Device device : devices.all()) {
            device.onStatus(status -> flow.accept(new FlowEvent.DeviceChanged(status)));
        }
        devices.scanner().onCode(code -> flow.accept(new FlowEvent.CodeRead(code.payload())));
    }
}
