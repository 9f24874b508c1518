package jp.madoguchi.devices.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.madoguchi.devices.api.DeviceCondition;
import jp.madoguchi.devices.api.DeviceKind;
import jp.madoguchi.devices.api.DeviceStatus;
import org.junit.jupiter.api.Test;

class SettingsTest {
    @Test
    void devicesDefaultToTheSimulatorWhenNothingIsConfigured() {
        Settings none = Settings.empty();
        assertThat(CameraConfig.from(none).provider()).isEqualTo("sim");
        assertThat(CodeScannerConfig.from(none).provider()).isEqualTo("sim");
        assertThat(PrinterConfig.from(none).provider()).isEqualTo("sim");
        assertThat(LightsConfig.from(none).provider()).isEqualTo("sim");
        assertThat(GatewayConfig.from(none).provider()).isEqualTo("sim");
    }

    @Test
    void aScannerIsConfiguredByPortAndBaudWithinTheRangeScannersUse() {
        Settings s = Settings.empty().with(Map.of("scanner.provider", "serial", "scanner.port", "/dev/ttyACM0",
            "scanner.baud", "115200"));
        assertThat(CodeScannerConfig.from(s)).isEqualTo(new CodeScannerConfig("serial", "/dev/ttyACM0", 115200));
        assertThatThrownBy(() -> CodeScannerConfig.from(s.with(Map.of("scanner.baud", "4800"))))
            .hasMessageContaining("scanner.baud").hasMessageContaining("9600");
        assertThatThrownBy(() -> CodeScannerConfig.from(s.with(Map.of("scanner.baud", "fast"))))
            .hasMessageContaining("scanner.baud").hasMessageContaining("whole number");
    }

    @Test
    void anUnknownProviderIdNamesTheConfigurationKey() {
        assertThatThrownBy(() -> DeviceProviders.find(PrinterProvider.class, "laserjet"))
            .isInstanceOf(SettingsException.class).hasMessageContaining("printer.provider").hasMessageContaining("laserjet");
        assertThatThrownBy(() -> DeviceProviders.find(CodeScannerProvider.class, "bluetooth"))
            .hasMessageContaining("scanner.provider");
    }

    @Test
    void statusListenersHearOnlyRealChanges() {
        StatusPublisher status = new StatusPublisher(DeviceKind.PRINTER, DeviceCondition.READY, Clock.systemUTC());
        List<DeviceCondition> heard = new ArrayList<>();
        status.subscribe(s -> heard.add(s.condition()));
        status.set(DeviceCondition.READY);
        status.set(DeviceCondition.PAPER_OUT);
        status.set(DeviceCondition.PAPER_OUT);
        status.set(DeviceCondition.READY);
        assertThat(heard).containsExactly(DeviceCondition.PAPER_OUT, DeviceCondition.READY);
    }

    @Test
    void oneFailingListenerDoesNotSilenceTheOthers() {
        Listeners<DeviceStatus> listeners = new Listeners<>();
        List<DeviceStatus> heard = new ArrayList<>();
        listeners.add(s -> {
            throw new IllegalStateException("broken screen");
        });
        listeners.add(heard::add);
        listeners.publish(new DeviceStatus(DeviceKind.CAMERA, DeviceCondition.OFFLINE, Clock.systemUTC().instant()));
        assertThat(heard).hasSize(1);
    }

    @org.junit.jupiter.api.Test
    void aPathNoFileSystemHoldsIsRefusedNamingTheKey() {
        Settings s = new Settings(java.util.Map.of("printer.output", "/tmp/a\u0000b"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.findPath("printer.output"))
            .isInstanceOf(SettingsException.class).hasMessageContaining("printer.output").hasMessageContaining("not a usable path");
    }
}
