package jp.madoguchi.sim.device;

import java.time.Clock;
import jp.madoguchi.devices.api.ApplicationGateway;
import jp.madoguchi.devices.api.Camera;
import jp.madoguchi.devices.api.CodeScanner;
import jp.madoguchi.devices.api.Lights;
import jp.madoguchi.devices.api.Printer;
import jp.madoguchi.devices.api.ResidentRegister;
import jp.madoguchi.devices.spi.CameraConfig;
import jp.madoguchi.devices.spi.CameraProvider;
import jp.madoguchi.devices.spi.CodeScannerConfig;
import jp.madoguchi.devices.spi.CodeScannerProvider;
import jp.madoguchi.devices.spi.GatewayConfig;
import jp.madoguchi.devices.spi.GatewayProvider;
import jp.madoguchi.devices.spi.LightsConfig;
import jp.madoguchi.devices.spi.LightsProvider;
import jp.madoguchi.devices.spi.PrinterConfig;
import jp.madoguchi.devices.spi.PrinterProvider;
import jp.madoguchi.devices.spi.RegisterConfig;
import jp.madoguchi.devices.spi.RegisterProvider;
import jp.madoguchi.sim.register.FormLedger;
import jp.madoguchi.devices.spi.SpeakerConfig;
import jp.madoguchi.devices.spi.SpeakerProvider;
import jp.madoguchi.devices.api.Speaker;

/** The "sim" providers, one per device kind, registered in META-INF/services. */
public final class SimProviders {
    static final String ID = "sim";

    private SimProviders() {
    }

    /** What every simulated provider says of itself: chosen by "sim", and simulated (so never on a real kiosk). */
    abstract static class Simulated {
        public String id() {
            return ID;
        }

        public boolean simulated() {
            return true;
        }
    }

    public static final class CameraSim extends Simulated implements CameraProvider {
        @Override
        public Camera open(CameraConfig config) {
            return new SimCamera(FaceImages.locate(config.imageFolder()), config.framesPerSecond(), Clock.systemUTC());
        }
    }

    public static final class ScannerSim extends Simulated implements CodeScannerProvider {
        @Override
        public CodeScanner open(CodeScannerConfig config) {
            return new SimCodeScanner(Clock.systemUTC());
        }
    }

    public static final class PrinterSim extends Simulated implements PrinterProvider {
        @Override
        public Printer open(PrinterConfig config) {
            return new SimPrinter(config.outputFolder(), config.keepJobs(), Clock.systemUTC());
        }
    }

    public static final class LightsSim extends Simulated implements LightsProvider {
        @Override
        public Lights open(LightsConfig config) {
            return new SimLights(Clock.systemUTC());
        }
    }

    public static final class GatewaySim extends Simulated implements GatewayProvider {
        @Override
        public ApplicationGateway open(GatewayConfig config) {
            // the simulated receiver knows the simulated register's voided forms, as J-LIS knows a municipality's
            jp.madoguchi.sim.gateway.SimulatedGatewayLink link = jp.madoguchi.sim.gateway.SimulatedGatewayLink.open(config,
                Clock.systemUTC());
            link.simulator().faults().alsoRefuse(FormLedger.shared()::refusalFor);
            return link;
        }
    }

    /** The resident register: the real HTTP client against the simulated service on loopback. */
    public static final class RegisterSim extends Simulated implements RegisterProvider {
        @Override
        public ResidentRegister open(RegisterConfig config) {
            return new SimRegister(FormLedger.shared(), Clock.systemUTC());
        }
    }

    public static final class SpeakerSim extends Simulated implements SpeakerProvider {
        @Override
        public Speaker open(SpeakerConfig config) {
            return new SimSpeaker(Clock.systemUTC());
        }
    }
}
