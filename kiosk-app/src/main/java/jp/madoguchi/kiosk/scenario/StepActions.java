package jp.madoguchi.kiosk.scenario;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import jp.madoguchi.kiosk.flow.FlowEvent;
import jp.madoguchi.kiosk.flow.FlowSnapshot;
import jp.madoguchi.kiosk.flow.KioskState;
import jp.madoguchi.kiosk.staff.ReissueField;
import jp.madoguchi.kiosk.staff.StaffBadge;
import jp.madoguchi.kiosk.staff.StaffInput;
import jp.madoguchi.kiosk.staff.StaffPage;
import jp.madoguchi.kiosk.ui.model.ScreenModel;
import jp.madoguchi.kiosk.ui.model.ScreenModels;
import jp.madoguchi.sim.device.SimulatedDevice;
import jp.madoguchi.sim.gateway.GatewaySimulator;
import jp.madoguchi.sim.panel.FormPicture;
import jp.madoguchi.sim.panel.SamplePayloads;
import jp.madoguchi.sim.scene.Scene;
import jp.madoguchi.sim.scene.SceneSetup;

/** Does one step that is not an expectation: a tap, a code, a device's fault, time passing, staff's input. */
final class StepActions {
    private final ScenarioKiosk kiosk;
    private final Consumer<ScenarioKiosk> tick;
    /** The certificates screen's toggles, kept by the view until Continue; null until the resident touches one. */
    private boolean[] certificates;

    StepActions(ScenarioKiosk kiosk, Consumer<ScenarioKiosk> tick) {
        this.kiosk = kiosk;
        this.tick = tick;
    }

    void perform(Step step) {
        if (step instanceof Step.Tap t) {
            tap(t);
        } else if (step instanceof Step.Type t) {
            type(t.digits());
        } else if (step instanceof Step.Scan s) {
            scan(s);
        } else if (step instanceof Step.Camera c) {
            camera(c);
        } else if (step instanceof Step.Device d) {
            device(d);
        } else if (step instanceof Step.Gateway g) {
            gateway(g);
        } else if (step instanceof Step.Register r) {
            kiosk.register.service().down(r.down());
        } else if (step instanceof Step.Kill) {
            kiosk.kill();
        } else if (step instanceof Step.Wait w) {
            for (long ms = 0; ms < w.by().toMillis(); ms += ScenarioRunner.TICK.toMillis()) {
                tick.accept(kiosk);
            }
        } else if (step instanceof Step.WaitUntil w) {
            waitUntil(w.screen(), w.timeout());
        } else if (step instanceof Step.Staff s) {
            staff(s);
        }
    }

    private void tap(Step.Tap t) {
        FlowSnapshot s = kiosk.now();
        ScreenModel screen = ScreenModels.of(s);
        if (!(screen instanceof ScreenModel.Certificates)) {
            certificates = null;
        } else if (certificates == null) {
            ScreenModel.Certificates c = (ScreenModel.Certificates) screen;
            certificates = new boolean[] {c.signature().chosen(), c.userIdentification().chosen()};
        }
        boolean[] toggles = certificates == null ? new boolean[2] : certificates;
        Optional<FlowEvent> event;
        if (t.value().isPresent() || t.button().equals("staff_corner")) {
            event = Buttons.special(screen, t.button(), t.value().orElse(""), toggles);
        } else {
            event = Optional.ofNullable(Buttons.onScreen(screen, s, toggles).get(t.button()));
        }
        FlowEvent e = event.orElseThrow(() -> new ScenarioRunner.StepFailed("no button " + t.button() + t.value().map(v -> " " + v).orElse("")
            + " on screen " + ScenarioRunner.screenName(s) + "; buttons there: " + String.join(", ", ScenarioRunner.buttons(kiosk))));
        kiosk.send(e);
    }

    private void type(String digits) {
        FlowSnapshot s = kiosk.now();
        boolean keypad = s.state() == KioskState.BIRTH_DATE || (s.state() == KioskState.SCAN_FORM && s.typedFormId().isPresent());
        if (!keypad) {
            throw new ScenarioRunner.StepFailed("no keypad on screen " + ScenarioRunner.screenName(s)
                + " (the date of birth has one; on scan_form tap scan.typeInstead first)");
        }
        digits.chars().forEach(c -> kiosk.send(new FlowEvent.KeyDigit(c - '0')));
    }

    private void scan(Step.Scan s) {
        if (kiosk.serialScanner == null) {
            throw new ScenarioRunner.StepFailed("this kiosk reads codes with its camera (kiosk: scanner: camera): hold the code up with "
                + "camera: {form_qr: ...}");
        }
        String payload = switch (s.source()) {
            case "badge" -> StaffBadge.payload(s.value());
            case "form_of" -> residentForm(s.value());
            case "earlier_form_of" -> previousForm(s.value());
            default -> s.value();
        };
        if (s.noise()) {
            kiosk.serialScanner.transmit(SamplePayloads.afterLineNoise(payload));
        } else {
            kiosk.serialScanner.present(payload); // ignored, as a real scanner's read is, when no screen waits for a code
        }
    }

    private String previousForm(String code) {
        residentForm(code);
        return kiosk.ledger.previous(code)
            .orElseThrow(() -> new ScenarioRunner.StepFailed("resident " + code + " has had no form reissued yet"));
    }

    private String residentForm(String code) {
        boolean known = kiosk.register.service().residents().all().stream().anyMatch(r -> r.code().equals(code));
        if (!known) {
            throw new ScenarioRunner.StepFailed("no resident " + code + " in the simulated register; residents: " + String.join(", ",
                kiosk.register.service().residents().all().stream().map(r -> r.code()).toList()));
        }
        return kiosk.ledger.seed(code);
    }

    private void camera(Step.Camera c) {
        if (c.formQr().isPresent()) {
            kiosk.camera.show("form QR", FormPicture.of(c.formQr().get()));
            awaitCameraRead();
            return;
        }
        Scene scene = Scene.byName(c.scene().orElse("resident")).orElseThrow();
        boolean shown = c.adjust().isEmpty() ? kiosk.camera.show(scene.sceneName()) : kiosk.camera.show(adjusted(scene.setup(), c.adjust()));
        if (!shown) {
            throw new ScenarioRunner.StepFailed("the camera cannot film studio scenes here: their source frames are missing (run models/fetch)");
        }
    }

    private static SceneSetup adjusted(SceneSetup setup, Map<String, String> adjust) {
        SceneSetup s = setup;
        for (Map.Entry<String, String> e : adjust.entrySet()) {
            String v = e.getValue();
            try {
                s = switch (e.getKey()) {
                    case "distance" -> s.withDistance(Double.parseDouble(v));
                    case "exposure" -> s.withExposure(Double.parseDouble(v));
                    case "side_light" -> s.withSideLight(Double.parseDouble(v));
                    case "roll" -> s.withRoll(Double.parseDouble(v));
                    case "offset" -> s.withOffset(Double.parseDouble(v));
                    case "blur" -> s.withBlur(Integer.parseInt(v));
                    case "people" -> s.withPeople(Integer.parseInt(v));
                    case "backdrop" -> s.withBackdrop(SceneSetup.Backdrop.valueOf(v.toUpperCase(java.util.Locale.ROOT)));
                    case "prop" -> s.withProp(SceneSetup.Prop.valueOf(v.toUpperCase(java.util.Locale.ROOT)));
                    default -> s.withPose(SceneSetup.Pose.valueOf(v.toUpperCase(java.util.Locale.ROOT)));
                };
            } catch (IllegalArgumentException bad) {
                throw new ScenarioRunner.StepFailed("camera " + e.getKey() + " " + v + " cannot be filmed: " + bad.getMessage());
            }
        }
        return s;
    }

    /** The camera scanner decodes on its own thread in real time: wait (at most 10 s) until the flow heard it. */
    private void awaitCameraRead() {
        if (kiosk.serialScanner != null || kiosk.flow().state() != KioskState.SCAN_FORM) {
            return;
        }
        long until = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < until && kiosk.flow().state() == KioskState.SCAN_FORM && kiosk.now().refusal().isEmpty()) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void device(Step.Device d) {
        switch (d.action()) {
            case "paper_out" -> kiosk.printer.paperOut();
            case "open_cover" -> kiosk.printer.openCover();
            case "jam_next_job" -> kiosk.printer.jamNextJob();
            default -> plug(d.device(), d.action().equals("replug"));
        }
    }

    private void plug(String device, boolean in) {
        switch (device) {
            case "gateway" -> {
                if (in) {
                    kiosk.gateway.simulator().up();
                } else {
                    kiosk.gateway.simulator().down();
                }
            }
            case "register" -> kiosk.register.service().down(!in);
            default -> {
                if (!(kiosk.devices.of(Expectations.kind(device)) instanceof SimulatedDevice sim)) {
                    throw new ScenarioRunner.StepFailed("the " + device + " here is the camera's QR reader: unplug the camera instead");
                }
                if (in) {
                    sim.replug();
                } else {
                    sim.unplug();
                }
            }
        }
    }

    private void gateway(Step.Gateway g) {
        GatewaySimulator sim = kiosk.gateway.simulator();
        switch (g.fault()) {
            case "down" -> sim.down();
            case "up" -> sim.up();
            case "healthy" -> {
                sim.faults().clear();
                sim.up();
            }
            case "fail_5xx" -> sim.faults().errors(g.rate());
            case "drop_answer" -> sim.faults().drops(g.rate());
            case "slow" -> sim.faults().slow(g.rate(), g.slowBy());
            default -> sim.faults().refuse(g.formId().orElseThrow());
        }
    }

    private void waitUntil(String screen, Duration timeout) {
        for (long ms = 0; ms <= timeout.toMillis(); ms += ScenarioRunner.TICK.toMillis()) {
            if (ScenarioRunner.screenName(kiosk.now()).equals(screen)) {
                return;
            }
            tick.accept(kiosk);
        }
        throw new ScenarioRunner.StepFailed("still on screen " + ScenarioRunner.screenName(kiosk.now()) + " after " + timeout.toSeconds()
            + " s; waited for " + screen);
    }

    private void staff(Step.Staff s) {
        if (kiosk.flow().state() != KioskState.STAFF) {
            throw new ScenarioRunner.StepFailed("staff actions need staff mode (screen is " + ScenarioRunner.screenName(kiosk.now())
                + "): scan a badge ({badge: ID}) or tap staff_corner first");
        }
        String v = s.value().orElse("");
        switch (s.action()) {
            case "pin", "id" -> {
                v.chars().forEach(c -> staff(new StaffInput.Digit(c - '0')));
                staff(new StaffInput.Enter());
            }
            case "digits" -> v.chars().forEach(c -> staff(new StaffInput.Digit(c - '0')));
            case "letters" -> v.chars().forEach(c -> staff(new StaffInput.Letter((char) c)));
            case "open" -> staff(new StaffInput.Open(StaffPage.valueOf(v.toUpperCase(java.util.Locale.ROOT))));
            case "focus" -> staff(new StaffInput.Focus(ReissueField.valueOf(v.toUpperCase(java.util.Locale.ROOT))));
            case "choose" -> staff(new StaffInput.Choose(Integer.parseInt(v)));
            case "card_checked" -> staff(new StaffInput.CardChecked(v.equals("yes")));
            case "form_language" -> staff(new StaffInput.FormLanguage(v));
            default -> staff(StaffButtons.input(s.action()).orElseThrow()); // the reader let only known words through
        }
    }

    private void staff(StaffInput input) {
        kiosk.send(new FlowEvent.Staff(input));
    }

}
