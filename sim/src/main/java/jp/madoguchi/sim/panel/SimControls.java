package jp.madoguchi.sim.panel;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import jp.madoguchi.devices.api.Device;
import jp.madoguchi.sim.device.SimCamera;
import jp.madoguchi.sim.device.SimCodeScanner;
import jp.madoguchi.sim.device.SimLights;
import jp.madoguchi.sim.device.SimPrinter;
import jp.madoguchi.sim.device.SimRegister;
import jp.madoguchi.sim.device.SimulatedDevice;
import jp.madoguchi.sim.gateway.GatewayFaults;
import jp.madoguchi.sim.gateway.SimulatedGatewayLink;
import jp.madoguchi.sim.scene.Scene;
import jp.madoguchi.sim.scene.SceneSetup;

/**
 * What the panel's buttons do, without the buttons: each control acts on the simulated device and
 * tells {@code report} what was done. The panel and the tests call the same methods, so a test
 * that drives these drives what a developer's clicks drive.
 */
public final class SimControls {
    /** How long the gateway's slow switch holds an answer: beyond the kiosk client's read timeout. */
    public static final Duration SLOW_BY = Duration.ofSeconds(20);
    private final Consumer<PanelAction> report;
    private SimCamera camera;
    private SimCodeScanner scanner;
    private SimPrinter printer;
    private SimLights lights;
    private SimulatedGatewayLink gateway;
    private SimRegister register;

    public SimControls(List<Device> devices, Consumer<PanelAction> report) {
        this.report = report;
        for (Device d : devices) {
            if (d instanceof SimCamera c) {
                camera = c;
            } else if (d instanceof SimCodeScanner s) {
                scanner = s;
            } else if (d instanceof SimPrinter p) {
                printer = p;
            } else if (d instanceof SimLights l) {
                lights = l;
            } else if (d instanceof SimulatedGatewayLink g) {
                gateway = g;
            } else if (d instanceof SimRegister r) {
                register = r;
            }
        }
    }

    public Optional<SimCamera> camera() {
        return Optional.ofNullable(camera);
    }

    public Optional<SimCodeScanner> scanner() {
        return Optional.ofNullable(scanner);
    }

    public Optional<SimPrinter> printer() {
        return Optional.ofNullable(printer);
    }

    public Optional<SimLights> lights() {
        return Optional.ofNullable(lights);
    }

    public Optional<SimulatedGatewayLink> gateway() {
        return Optional.ofNullable(gateway);
    }

    public Optional<SimRegister> register() {
        return Optional.ofNullable(register);
    }

    /** The camera films a named scene; false when the studio's source frames are missing. */
    public boolean showScene(Scene scene) {
        report.accept(new PanelAction.CameraScene(scene.id()));
        return camera.show(scene.sceneName());
    }

    /** The camera films {@code base} adjusted to {@code setup} (distance, light...). */
    public boolean showSetup(Scene base, SceneSetup setup) {
        report.accept(setup.equals(base.setup()) ? new PanelAction.CameraScene(base.id()) : new PanelAction.CameraSetup(base.id(), setup));
        return camera.show(setup);
    }

    /** A photo file from the camera's list (not a studio scene). */
    public boolean showPhotoFile(String name) {
        report.accept(new PanelAction.CameraPhotoFile());
        return camera.show(name);
    }

    public void holdUpForm(String payload) {
        report.accept(new PanelAction.FormQr(payload));
        camera.show("form QR", FormPicture.of(payload));
    }

    /** The serial scanner reads {@code payload}: true if it was read (armed and plugged in). */
    public boolean present(String payload) {
        report.accept(new PanelAction.Scan(payload, false));
        return scanner.present(payload);
    }

    /** The same code after line noise and a cut frame: how many codes the framing read (one, if it works). */
    public int presentAfterNoise(String payload) {
        report.accept(new PanelAction.Scan(payload, true));
        return scanner.transmit(SamplePayloads.afterLineNoise(payload));
    }

    /** Unplug ({@code in} false) or replug a device by its scenario name: camera, scanner, printer, lights, gateway, register. */
    public void plug(String device, boolean in) {
        report.accept(new PanelAction.Plug(device, in));
        switch (device) {
            case "gateway" -> {
                if (in) {
                    gateway.simulator().up();
                } else {
                    gateway.simulator().down();
                }
            }
            case "register" -> register.service().down(!in);
            default -> {
                SimulatedDevice d = switch (device) {
                    case "camera" -> camera;
                    case "scanner" -> scanner;
                    case "printer" -> printer;
                    case "lights" -> lights;
                    default -> throw new IllegalArgumentException("no device " + device);
                };
                if (in) {
                    d.replug();
                } else {
                    d.unplug();
                }
            }
        }
    }

    /** paper_out, open_cover, jam_next_job. */
    public void printerFault(String fault) {
        report.accept(new PanelAction.PrinterFault(fault));
        switch (fault) {
            case "paper_out" -> printer.paperOut();
            case "open_cover" -> printer.openCover();
            case "jam_next_job" -> printer.jamNextJob();
            default -> throw new IllegalArgumentException("no printer fault " + fault);
        }
    }

    /** A switch of the receiver: down, up, healthy, or fail_5xx, drop_answer, slow with a rate from 0 to 1. */
    public void gateway(String fault, double rate) {
        report.accept(new PanelAction.Gateway(fault, rate, ""));
        GatewayFaults faults = gateway.simulator().faults();
        switch (fault) {
            case "down" -> gateway.simulator().down();
            case "up" -> gateway.simulator().up();
            case "healthy" -> {
                faults.clear();
                gateway.simulator().up();
            }
            case "fail_5xx" -> faults.errors(rate);
            case "drop_answer" -> faults.drops(rate);
            case "slow" -> faults.slow(rate, SLOW_BY);
            default -> throw new IllegalArgumentException("no gateway switch " + fault);
        }
    }

    /** The receiver refuses applications with this form ID (422). */
    public void refuse(String formIdDigits) {
        report.accept(new PanelAction.Gateway("refuse", 1, formIdDigits));
        gateway.simulator().faults().refuse(formIdDigits);
    }
}
