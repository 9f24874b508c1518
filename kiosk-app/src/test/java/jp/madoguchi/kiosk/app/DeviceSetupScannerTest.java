package jp.madoguchi.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import jp.madoguchi.devices.spi.Settings;
import jp.madoguchi.devices.spi.SettingsException;
import jp.madoguchi.kiosk.flow.KioskDevices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scanner.provider: sim (default), serial (needs a port), camera (reads the QR through the kiosk's camera). */
class DeviceSetupScannerTest {
    @TempDir
    Path printed;

    @Test
    void cameraScanningUsesTheKiosksOwnCamera() {
        try (KioskDevices devices = DeviceSetup.open(settings(Map.of("scanner.provider", "camera")))) {
            assertThat(devices.scanner()).isInstanceOf(CameraCodeScanner.class);
            assertThat(devices.scanner().description()).isEqualTo("camera-qr:" + devices.camera().description());
        }
    }

    @Test
    void aSerialScannerWithoutAPortNamesTheKey() {
        assertThatThrownBy(() -> DeviceSetup.open(settings(Map.of("scanner.provider", "serial"))))
            .isInstanceOf(SettingsException.class).hasMessageContaining("scanner.port");
    }

    @Test
    void aSerialScannerWhosePortIsAbsentStartsOfflineAndKeepsTrying() {
        try (KioskDevices devices = DeviceSetup.open(settings(Map.of("scanner.provider", "serial",
            "scanner.port", printed.resolve("no-such-tty").toString(), "scanner.baud", "115200")))) {
            assertThat(devices.scanner().status().ready()).isFalse();
            assertThat(devices.scanner().description()).startsWith("serial:");
        }
    }

    private Settings settings(Map<String, String> scanner) {
        return new Settings(Map.of("printer.output", printed.toString())).with(scanner);
    }
}
