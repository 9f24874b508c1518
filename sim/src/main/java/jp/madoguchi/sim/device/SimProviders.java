package jp.madoguchi.sim.device;

import java.time.Clock;
import jp.madoguchi.devices.api.ApplicationGateway;
import jp.madoguchi.devices.api.Camera;
import jp.madoguchi.devices.api.CodeScanner;
import jp.madoguchi.devices.api.Lights;
import jp.madoguchi.devices.api.Printer;
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

/** The "sim" providers, one per device kind, registered in META-INF/services. */
public final class SimProviders {
    static final String ID = "sim";

    private SimProviders() {
    }

    public static final class CameraSim implements CameraProvider {
        @Override
        public String id() {
            return ID;
        }

        @Override
        public boolean simulated() {
            return true;
        }

        @Override
        public Camera open(CameraConfig config) {
            return new SimCamera(FaceImages.locate(config.imageFolder()), config.framesPerSecond(), Clock.systemUTC());
        }
    }

    public static final class ScannerSim implements CodeScannerProvider {
        @Override
        public String id() {
            return ID;
        }

        @Override
        public boolean simulated() {
            return true;
        }

        @Override
        public CodeScanner open(CodeScannerConfig config) {
            return new SimCodeScanner(Clock.systemUTC());
        }
    }

    public static final class PrinterSim implements PrinterProvider {
        @Override
        public String id() {
            return ID;
        }

        @Override
        public boolean simulated() {
            return true;
        }

        @Override
        public Printer open(PrinterConfig config) {
            return new SimPrinter(config.outputFolder(), Clock.systemUTC());
        }
    }

    public static final class LightsSim implements LightsProvider {
        @Override
        public String id() {
            return ID;
        }

        @Override
        public boolean simulated() {
            return true;
        }

        @Override
        public Lights open(LightsConfig config) {
            return new SimLights(Clock.systemUTC());
        }
    }

    public static final class GatewaySim implements GatewayProvider {
        @Override
        public String id() {
            return ID;
        }

        @Override
        public boolean simulated() {
            return true;
        }

        @Override
        public ApplicationGateway open(GatewayConfig config) {
            return jp.madoguchi.sim.gateway.SimulatedGatewayLink.open(config, Clock.systemUTC());
        }
    }
}
