package jp.madoguchi.kiosk.app;

import java.time.Clock;
import jp.madoguchi.devices.api.Camera;
import jp.madoguchi.devices.api.CodeScanner;
import jp.madoguchi.devices.spi.CameraConfig;
import jp.madoguchi.devices.spi.CameraProvider;
import jp.madoguchi.devices.spi.CodeScannerConfig;
import jp.madoguchi.devices.spi.CodeScannerProvider;
import jp.madoguchi.devices.spi.DeviceProviders;
import jp.madoguchi.devices.spi.GatewayConfig;
import jp.madoguchi.devices.spi.GatewayProvider;
import jp.madoguchi.devices.spi.LightsConfig;
import jp.madoguchi.devices.spi.LightsProvider;
import jp.madoguchi.devices.spi.PrinterConfig;
import jp.madoguchi.devices.spi.PrinterProvider;
import jp.madoguchi.devices.spi.Settings;
import jp.madoguchi.kiosk.flow.KioskDevices;

/**
 * The one place devices are chosen: each kind's provider is looked up by the id configured
 * for it ("sim" unless the site configures hardware) and opened with its config record.
 */
public final class DeviceSetup {
    /** scanner.provider value for reading the QR with the camera; not a ServiceLoader provider, it needs the camera. */
    static final String CAMERA_SCANNER = "camera";

    private DeviceSetup() {
    }

    public static KioskDevices open(Settings settings) {
        CameraConfig camera = CameraConfig.from(settings);
        CodeScannerConfig scanner = CodeScannerConfig.from(settings);
        PrinterConfig printer = PrinterConfig.from(settings);
        LightsConfig lights = LightsConfig.from(settings);
        GatewayConfig gateway = GatewayConfig.from(settings);
        Camera cameraDevice = DeviceProviders.find(CameraProvider.class, camera.provider()).open(camera);
        // a kiosk without a code scanner reads the form's QR through its camera (issue 5)
        CodeScanner scannerDevice = CAMERA_SCANNER.equals(scanner.provider())
            ? new CameraCodeScanner(cameraDevice, Clock.systemUTC())
            : DeviceProviders.find(CodeScannerProvider.class, scanner.provider()).open(scanner);
        return new KioskDevices(
            cameraDevice,
            scannerDevice,
            DeviceProviders.find(PrinterProvider.class, printer.provider()).open(printer),
            DeviceProviders.find(LightsProvider.class, lights.provider()).open(lights),
            DeviceProviders.find(GatewayProvider.class, gateway.provider()).open(gateway));
    }
}
