package jp.madoguchi.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import jp.madoguchi.devices.api.DeviceKind;
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

    @Test
    void anUnknownKeyInAFileStopsTheKioskNamingTheFileAndTheClosestKey() throws Exception {
        Path file = Files.writeString(dir.resolve("kiosk.properties"), "gateway.provder=jlis\n");
        assertThatThrownBy(() -> KioskConfig.load(Optional.of(file), Map.of())).isInstanceOf(SettingsException.class)
            .hasMessageContaining("'gateway.provder'").hasMessageContaining(file.toString())
            .hasMessageContaining("did you mean gateway.provider?");
    }

    @Test
    void anUnknownKeyGivenWithSetStopsTheKioskToo() {
        assertThatThrownBy(() -> KioskConfig.load(Optional.empty(), Map.of("printer.provide", "cups")))
            .isInstanceOf(SettingsException.class).hasMessageContaining("'printer.provide'")
            .hasMessageContaining("--set").hasMessageContaining("did you mean printer.provider?");
    }

    @Test
    void anUnknownRuleKeyIsCheckedAgainstTheRuleData() {
        assertThatThrownBy(() -> KioskConfig.load(Optional.empty(), Map.of("rules.fees.card_reisue_yen", "1000")))
            .isInstanceOf(SettingsException.class).hasMessageContaining("card_reisue_yen");
    }

    @Test
    void aConfigFileThatCannotBeUsedIsNamedWithWhatIsWrong() throws Exception {
        assertThatThrownBy(() -> KioskConfig.load(Optional.of(dir.resolve("kiosk.propertes")), Map.of()))
            .hasMessage("--config " + dir.resolve("kiosk.propertes") + ": not found");
        assertThatThrownBy(() -> KioskConfig.load(Optional.of(dir), Map.of()))
            .hasMessage("--config " + dir + ": is a directory, not a file");
        Path escape = Files.writeString(dir.resolve("escape.properties"), "kiosk.language=en\nprinter.queue=\\uZZ\n");
        assertThatThrownBy(() -> KioskConfig.load(Optional.of(escape), Map.of())).hasMessageContaining("at line 2");
        Path latin1 = Files.write(dir.resolve("latin1.properties"), new byte[] {'k', '=', (byte) 0xE9});
        assertThatThrownBy(() -> KioskConfig.load(Optional.of(latin1), Map.of()))
            .hasMessageContaining("not UTF-8").hasMessageContaining("at byte 3");
    }

    @Test
    void aFileWrittenWithAByteOrderMarkIsRead() throws Exception {
        Path file = dir.resolve("kiosk.properties");
        Files.write(file, "\uFEFFkiosk.language=en\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(KioskConfig.language(KioskConfig.load(Optional.of(file), Map.of()))).isEqualTo(Language.ENGLISH);
    }

    @Test
    void productionRefusesToStartWithAnySimulatedDeviceNamingThem() {
        Settings production = KioskConfig.load(Optional.empty(), Map.of("kiosk.mode", "production",
            "printer.provider", "cups", "printer.queue", "kiosk-a4"));
        assertThatThrownBy(() -> DeviceSetup.open(production)).isInstanceOf(SettingsException.class)
            .hasMessageContaining("kiosk.mode").hasMessageContaining("camera.provider=sim")
            .hasMessageContaining("scanner.provider=sim").hasMessageContaining("gateway.provider=sim")
            .hasMessageNotContaining("printer.provider");
        Settings simulatedPrinter = KioskConfig.load(Optional.empty(), Map.of("kiosk.mode", "production"));
        assertThatThrownBy(() -> DeviceSetup.openPrinter(simulatedPrinter)).hasMessageContaining("printer.provider=sim");
        assertThatThrownBy(() -> KioskConfig.load(Optional.empty(), Map.of("kiosk.mode", "prod")))
            .hasMessageContaining("kiosk.mode").hasMessageContaining("development or production");
    }

    @Test
    void theKioskKnowsWhichOfItsDevicesAreSimulated() {
        assertThat(DeviceSetup.simulated(Settings.empty())).containsExactlyInAnyOrder(DeviceKind.values());
        assertThat(DeviceSetup.simulated(Settings.empty().with(Map.of("printer.provider", "cups",
            "scanner.provider", "serial")))).containsExactlyInAnyOrder(DeviceKind.CAMERA, DeviceKind.LIGHTS, DeviceKind.GATEWAY,
                DeviceKind.REGISTER, DeviceKind.SPEAKER);
        assertThat(DeviceSetup.simulated(Settings.empty().with(Map.of("scanner.provider", "camera"))))
            .as("the camera scanner is as simulated as the camera").contains(DeviceKind.CODE_SCANNER);
    }

    @Test
    void speechSettingsAreCheckedAndNamedWhenWrong() {
        assertThat(KioskConfig.speechGuidance(Settings.empty())).isFalse();
        assertThat(KioskConfig.speechGuidance(Settings.empty().with(Map.of("speech.guidance", "true")))).isTrue();
        assertThatThrownBy(() -> KioskConfig.speechGuidance(Settings.empty().with(Map.of("speech.guidance", "yes"))))
            .hasMessageContaining("speech.guidance");
        assertThatThrownBy(() -> jp.madoguchi.devices.spi.SpeakerConfig.from(Settings.empty().with(Map.of("speaker.volume", "loud"))))
            .hasMessageContaining("speaker.volume").hasMessageContaining("0.0 to 1.0");
        assertThatThrownBy(() -> jp.madoguchi.devices.spi.SpeakerConfig.from(Settings.empty().with(Map.of("speaker.volume", "1.5"))))
            .hasMessageContaining("speaker.volume");
        assertThat(DeviceSetup.openSpeaker(Settings.empty()).description()).isEqualTo("sim");
    }
}
