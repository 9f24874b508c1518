package jp.madoguchi.kiosk.app.bench;

import java.time.Duration;
import java.util.SplittableRandom;
import jp.madoguchi.devices.api.CodeScanner;
import jp.madoguchi.kiosk.flow.Confirmation;
import jp.madoguchi.kiosk.flow.Flow;
import jp.madoguchi.kiosk.flow.FlowEvent;
import jp.madoguchi.kiosk.flow.KioskState;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.rules.advice.Need;
import jp.madoguchi.sim.device.SimCodeScanner;

/**
 * One simulated resident walking the real flow, as taps and a shown QR code: language, apply, the
 * form, the photo (retaken up to three times), certificates, date of birth, braille, Submit, and
 * Finish once the done screen says what became of the application.
 */
final class SoakResident {
    /** What the done screen told this resident. */
    enum Outcome {
        SENT, SAVED, REFUSED, NOT_SAVED, NO_PHOTO, STUCK
    }

    private final Flow flow;
    private final CodeScanner scanner;
    private final FlowStates states;

    SoakResident(Flow flow, CodeScanner scanner, FlowStates states) {
        this.flow = flow;
        this.scanner = scanner;
        this.states = states;
    }

    Outcome apply(String formId, SplittableRandom random) throws InterruptedException {
        flow.handle(new FlowEvent.Begin());
        flow.handle(new FlowEvent.ChooseLanguage(Language.ENGLISH));
        flow.handle(new FlowEvent.ChooseNeed(Need.APPLY));
        if (!states.await(KioskState.SCAN_FORM, Duration.ofSeconds(10))) {
            return leave(Outcome.STUCK);
        }
        if (scanner instanceof SimCodeScanner sim) {
            sim.present(formId); // through the scanner's own framing, as a real code would come
        } else {
            flow.handle(new FlowEvent.CodeRead(formId));
        }
        if (!states.await(KioskState.PHOTO, Duration.ofSeconds(10))) {
            return leave(Outcome.STUCK);
        }
        flow.handle(new FlowEvent.TakePhoto());
        for (int retakes = 0; retakes < 2 && flow.snapshot().photo().isEmpty(); retakes++) {
            flow.handle(new FlowEvent.Retake());
            flow.handle(new FlowEvent.TakePhoto());
        }
        if (flow.snapshot().photo().isEmpty()) {
            return leave(Outcome.NO_PHOTO);
        }
        flow.handle(new FlowEvent.AcceptPhoto());
        flow.handle(new FlowEvent.ChooseCertificates(random.nextInt(10) > 0, random.nextInt(10) > 0));
        String born = String.format("%04d%02d%02d", 1940 + random.nextInt(66), 1 + random.nextInt(12), 1 + random.nextInt(28));
        born.chars().forEach(c -> flow.handle(new FlowEvent.KeyDigit(c - '0')));
        flow.handle(new FlowEvent.ConfirmBirthDate());
        flow.handle(new FlowEvent.ChooseBraille(random.nextInt(50) == 0));
        flow.handle(new FlowEvent.Submit());
        if (!states.awaitAny(Duration.ofSeconds(30), KioskState.DONE, KioskState.NOT_SAVED)) {
            return leave(Outcome.STUCK);
        }
        if (flow.state() == KioskState.NOT_SAVED) {
            return leave(Outcome.NOT_SAVED);
        }
        Confirmation told = flow.snapshot().confirmation().orElseThrow();
        flow.handle(new FlowEvent.Finish());
        return told instanceof Confirmation.Sent ? Outcome.SENT : told instanceof Confirmation.Saved ? Outcome.SAVED : Outcome.REFUSED;
    }

    private Outcome leave(Outcome outcome) {
        flow.handle(new FlowEvent.StartOver());
        return outcome;
    }
}
