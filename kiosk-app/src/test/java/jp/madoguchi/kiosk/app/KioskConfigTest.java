package jp.madoguchi.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import jp.madoguchi.devices.spi.Settings;
import jp.madoguchi.devices.spi.SettingsException;
import jp.madoguchi.kiosk.flow.KioskDevices;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.sim.device.SimCamera;
import jp.madoguchi.sim.device.SimPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configuration chooses devices once; mistakes stop the kiosk with the key named. */
class KioskConfigTest {
    @TempDir
    Path dir;

    @Test
    void withNoConfigurationEveryDeviceIsSimulated() {
        try (KioskDevices devices = DeviceSetup.open(Settings.empty().with(Map.of("printer.output", dir.toString())))) {
            assertThat(devices.camera()).isInstanceOf(SimCamera.class);
            assertThat(devices.printer()).isInstanceOf(SimPrinter.class);
            assertThat(devices.all()).allMatch(d -> d.status().ready());
        }
    }

    @Test
    void anUnknownProviderNamesTheKeyAndWhatIsInstalled() {
        Settings settings = Settings.empty().with(Map.of("camera.provider", "webcamm"));
        assertThatThrownBy(() -> DeviceSetup.open(settings)).isInstanceOf(SettingsException.class)
            .hasMessageContaining("camera.provider").hasMessageContaining("webcamm").hasMessageContaining("sim");
    }

    @Test
    void aFileIsReadAndSetOverridesWin() throws Exception {
        Path file = dir.resolve("kiosk.properties");
        Files.writeString(file, "kiosk.language=en\nkiosk.idle.seconds=120\nkiosk.idle.warning.seconds=40\n");
        Settings settings = KioskConfig.load(Optional.of(file), Map.of("kiosk.idle.seconds", "60"));
        assertThat(KioskConfig.language(settings)).isEqualTo(Language.ENGLISH);
        assertThat(KioskConfig.idlePolicy(settings).quietFor()).isEqualTo(Duration.ofSeconds(60));
        assertThat(KioskConfig.idlePolicy(settings).warningFor()).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void badValuesAreRefusedWithTheKeyNamed() {
        assertThatThrownBy(() -> KioskConfig.idlePolicy(Settings.empty().with(Map.of("kiosk.idle.warning.seconds", "5"))))
            .hasMessageContaining("kiosk.idle.warning.seconds").hasMessageContaining("between 20");
        assertThatThrownBy(() -> KioskConfig.language(Settings.empty().with(Map.of("kiosk.language", "klingon"))))
            .hasMessageContaining("kiosk.language");
        assertThatThrownBy(() -> KioskConfig.load(Optional.of(dir.resolve("missing.properties")), Map.of()))
            .hasMessageContaining("missing.properties");
    }
}
