package jp.madoguchi.kiosk.app;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.madoguchi.devices.api.Camera;
import jp.madoguchi.devices.api.CodeScanner;
import jp.madoguchi.devices.api.DeviceKind;
import jp.madoguchi.devices.api.Printer;
import jp.madoguchi.devices.spi.CameraConfig;
import jp.madoguchi.devices.spi.CameraProvider;
import jp.madoguchi.devices.spi.CodeScannerConfig;
import jp.madoguchi.devices.spi.CodeScannerProvider;
import jp.madoguchi.devices.spi.DeviceProvider;
import jp.madoguchi.devices.spi.DeviceProviders;
import jp.madoguchi.devices.spi.GatewayConfig;
import jp.madoguchi.devices.spi.GatewayProvider;
import jp.madoguchi.devices.spi.LightsConfig;
import jp.madoguchi.devices.spi.LightsProvider;
import jp.madoguchi.devices.spi.PrinterConfig;
import jp.madoguchi.devices.spi.PrinterProvider;
import jp.madoguchi.devices.spi.RegisterConfig;
import jp.madoguchi.devices.spi.RegisterProvider;
import jp.madoguchi.devices.spi.Settings;
import jp.madoguchi.devices.spi.SpeakerConfig;
import jp.madoguchi.devices.spi.SpeakerProvider;
import jp.madoguchi.devices.api.Speaker;
import jp.madoguchi.devices.spi.SettingsException;
import jp.madoguchi.kiosk.flow.KioskDevices;

/**
 * The one place devices are chosen: each kind's provider is looked up by the id configured
 * for it ("sim" unless the site configures hardware) and opened with its config record. Here,
 * and only here, the kiosk knows which of its devices are simulated: a production kiosk refuses
 * to start with any, and a development kiosk marks its screens.
 */
public final class DeviceSetup {
    /** scanner.provider value for reading the QR with the camera; not a ServiceLoader provider, it needs the camera. */
    static final String CAMERA_SCANNER = "camera";

    private DeviceSetup() {
    }

    public static KioskDevices open(Settings settings) {
        Map<DeviceKind, Provider> chosen = choose(settings);
        refuseSimulationInProduction(settings, chosen);
        CameraConfig camera = CameraConfig.from(settings);
        Camera cameraDevice = ((CameraProvider) chosen.get(DeviceKind.CAMERA).provider()).open(camera);
        // a kiosk without a code scanner reads the form's QR through its camera (issue 5)
        CodeScanner scannerDevice = chosen.get(DeviceKind.CODE_SCANNER).provider() == null
            ? new CameraCodeScanner(cameraDevice, Clock.systemUTC())
            : ((CodeScannerProvider) chosen.get(DeviceKind.CODE_SCANNER).provider()).open(CodeScannerConfig.from(settings));
        return new KioskDevices(
            cameraDevice,
            scannerDevice,
            ((PrinterProvider) chosen.get(DeviceKind.PRINTER).provider()).open(PrinterConfig.from(settings)),
            ((LightsProvider) chosen.get(DeviceKind.LIGHTS).provider()).open(LightsConfig.from(settings)),
            ((GatewayProvider) chosen.get(DeviceKind.GATEWAY).provider()).open(GatewayConfig.from(settings)),
            ((RegisterProvider) chosen.get(DeviceKind.REGISTER).provider()).open(RegisterConfig.from(settings)));
    }

    /** The printer alone, for commands that only print (./kiosk print), under the same rules. */
    public static Printer openPrinter(Settings settings) {
        PrinterConfig config = PrinterConfig.from(settings);
        PrinterProvider provider = DeviceProviders.find(PrinterProvider.class, config.provider());
        refuseSimulationInProduction(settings, Map.of(DeviceKind.PRINTER,
            new Provider("printer.provider", config.provider(), provider, provider.simulated())));
        return provider.open(config);
    }

    /** The loudspeaker that reads screens aloud (not a flow device: no step waits for it). */
    public static Speaker openSpeaker(Settings settings) {
        return ((SpeakerProvider) choose(settings).get(DeviceKind.SPEAKER).provider()).open(SpeakerConfig.from(settings));
    }

    /** The gateway alone, for commands that only deliver (./kiosk outbox drain), under the same rules. */
    public static jp.madoguchi.devices.api.ApplicationGateway openGateway(Settings settings) {
        GatewayConfig config = GatewayConfig.from(settings);
        GatewayProvider provider = DeviceProviders.find(GatewayProvider.class, config.provider());
        refuseSimulationInProduction(settings, Map.of(DeviceKind.GATEWAY,
            new Provider("gateway.provider", config.provider(), provider, provider.simulated())));
        return provider.open(config);
    }

    /** The kinds whose configured provider stands in for the real thing (the screens' "simulated devices" mark). */
    public static Set<DeviceKind> simulated(Settings settings) {
        return choose(settings).entrySet().stream().filter(e -> e.getValue().simulated())
            .map(Map.Entry::getKey).collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(DeviceKind.class)));
    }

    /** A kind's configured provider: the key that chose it, its id, and whether it is a simulator. */
    private record Provider(String key, String id, DeviceProvider<?, ?> provider, boolean simulated) {
    }

    private static Map<DeviceKind, Provider> choose(Settings settings) {
        Map<DeviceKind, Provider> chosen = new EnumMap<>(DeviceKind.class);
        CameraConfig camera = CameraConfig.from(settings);
        Provider cameraProvider = provider("camera.provider", camera.provider(), CameraProvider.class);
        chosen.put(DeviceKind.CAMERA, cameraProvider);
        String scanner = CodeScannerConfig.from(settings).provider();
        chosen.put(DeviceKind.CODE_SCANNER, CAMERA_SCANNER.equals(scanner)
            ? new Provider("scanner.provider", scanner, null, cameraProvider.simulated())
            : provider("scanner.provider", scanner, CodeScannerProvider.class));
        chosen.put(DeviceKind.PRINTER, provider("printer.provider", PrinterConfig.from(settings).provider(), PrinterProvider.class));
        chosen.put(DeviceKind.LIGHTS, provider("lights.provider", LightsConfig.from(settings).provider(), LightsProvider.class));
        chosen.put(DeviceKind.GATEWAY, provider("gateway.provider", GatewayConfig.from(settings).provider(), GatewayProvider.class));
        chosen.put(DeviceKind.REGISTER, provider("register.provider", RegisterConfig.from(settings).provider(), RegisterProvider.class));
        chosen.put(DeviceKind.SPEAKER, provider("speaker.provider", SpeakerConfig.from(settings).provider(), SpeakerProvider.class));
        return chosen;
    }

    private static <P extends DeviceProvider<?, ?>> Provider provider(String key, String id, Class<P> type) {
        P found = DeviceProviders.find(type, id);
        return new Provider(key, id, found, found.simulated());
    }

    private static void refuseSimulationInProduction(Settings settings, Map<DeviceKind, Provider> chosen) {
        if (KioskConfig.mode(settings) != KioskMode.PRODUCTION) {
            return;
        }
        String simulated = chosen.values().stream().filter(Provider::simulated)
            .map(p -> p.key() + "=" + p.id()).collect(Collectors.joining(", "));
        if (!simulated.isEmpty()) {
            throw new SettingsException("kiosk.mode", "is production, but these devices are simulated: " + simulated
                + ". Configure the real providers (see config/kiosk.example.properties), or use kiosk.mode=development");
        }
    }
}
