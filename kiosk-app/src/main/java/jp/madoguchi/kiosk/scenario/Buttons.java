package jp.madoguchi.kiosk.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.madoguchi.kiosk.flow.FlowEvent;
import jp.madoguchi.kiosk.flow.FlowSnapshot;
import jp.madoguchi.kiosk.flow.KioskState;
import jp.madoguchi.kiosk.ui.model.ScreenModel;
import jp.madoguchi.kiosk.ui.model.ScreenModels;

/**
 * The buttons a resident can tap on the screen shown now, by the message key of their label, and
 * the flow event each one sends: read from the screen's view model (the same one the views lay out),
 * so a scenario can only tap what a resident could see.
 */
public final class Buttons {
    private Buttons() {
    }

    /**
     * @param certificates the choices toggled on the certificates screen so far (the view keeps them
     *                     until Continue), {signature, user identification}
     */
    public static Map<String, FlowEvent> onScreen(ScreenModel screen, FlowSnapshot s, boolean[] certificates) {
        Map<String, FlowEvent> b = new LinkedHashMap<>();
        if (s.idleWarning().isPresent()) {
            b.put("idle.continue", new FlowEvent.Touch());
        }
        if (screen instanceof ScreenModel.Attract) {
            b.put("attract.touch", new FlowEvent.Begin());
        } else if (screen instanceof ScreenModel.Guidance) {
            b.put("guidance.print", new FlowEvent.Print());
            b.put("guidance.finish", new FlowEvent.Finish());
        } else if (screen instanceof ScreenModel.Scan scan) {
            if (scan.keypad().isPresent()) {
                b.put("scan.keypad.erase", new FlowEvent.EraseDigit());
                if (scan.keypad().get().complete()) {
                    b.put("scan.keypad.submit", new FlowEvent.SubmitTyped());
                }
                b.put("scan.keypad.cancel", new FlowEvent.Back());
            } else {
                b.put("scan.typeInstead", new FlowEvent.TypeFormId());
                b.put("scan.noForm", new FlowEvent.NoForm());
            }
        } else if (screen instanceof ScreenModel.Photo) {
            b.put("photo.take", new FlowEvent.TakePhoto());
        } else if (screen instanceof ScreenModel.Review r) {
            if (r.refusal().isEmpty()) {
                b.put("review.accept", new FlowEvent.AcceptPhoto());
            }
            b.put("review.retake", new FlowEvent.Retake());
            // the page's own "Call staff": after three refusals, and at once for a head covering (staff may allow it)
            r.refusal().flatMap(ScreenModel.Refusal::callStaff).ifPresent(o -> b.put("review.callStaff", new FlowEvent.CallStaff()));
        } else if (screen instanceof ScreenModel.Certificates) {
            b.put("certificates.continue", new FlowEvent.ChooseCertificates(certificates[0], certificates[1]));
        } else if (screen instanceof ScreenModel.BirthDate d) {
            b.put("birth.erase", new FlowEvent.EraseDigit());
            if (d.complete()) {
                b.put("birth.ok", new FlowEvent.ConfirmBirthDate());
            }
        } else if (screen instanceof ScreenModel.Braille) {
            b.put("braille.yes", new FlowEvent.ChooseBraille(true));
            b.put("braille.no", new FlowEvent.ChooseBraille(false));
        } else if (screen instanceof ScreenModel.Submit) {
            b.put("submit.send", new FlowEvent.Submit());
        } else if (screen instanceof ScreenModel.NotSaved) {
            b.put("notSaved.retry", new FlowEvent.Submit());
        } else if (screen instanceof ScreenModel.Done d) {
            if (d.reprintEnabled()) {
                b.put("done.reprint", new FlowEvent.Print());
            }
            b.put("done.finish", new FlowEvent.Finish());
        } else if (screen instanceof ScreenModel.CallWaiting) {
            b.put("call.cancel", new FlowEvent.CancelCall());
        }
        if (screen.state() != KioskState.ATTRACT && screen.state() != KioskState.STAFF) {
            if (ScreenModels.hasBack(screen.state()) && !b.containsKey("scan.keypad.cancel")) {
                b.put("common.back", new FlowEvent.Back());
            }
            screen.chrome().callStaff().ifPresent(c -> b.put("common.callStaff", new FlowEvent.CallStaff()));
            if (screen.state() != KioskState.DONE && screen.state() != KioskState.PRINT) {
                b.put("common.startOver", new FlowEvent.StartOver());
            }
        }
        return b;
    }

    /** A language, need or certificate button: the event, or empty when that kind of button is not on this screen. */
    public static Optional<FlowEvent> special(ScreenModel screen, String kind, String value, boolean[] certificates) {
        switch (kind) {
            case "language":
                if (screen instanceof ScreenModel.Languages l) {
                    return l.choices().stream().filter(c -> c.language().code().equals(value)).findFirst()
                        .map(c -> new FlowEvent.ChooseLanguage(c.language()));
                }
                return Optional.empty();
            case "need":
                if (screen instanceof ScreenModel.Needs n) {
                    return n.choices().stream().filter(c -> c.need().name().equalsIgnoreCase(value)).findFirst()
                        .map(c -> new FlowEvent.ChooseNeed(c.need()));
                }
                return Optional.empty();
            case "signature", "user_identification":
                if (screen instanceof ScreenModel.Certificates) {
                    certificates[kind.equals("signature") ? 0 : 1] = value.equals("yes");
                    return Optional.of(new FlowEvent.Touch()); // a toggle: the choice is sent with Continue
                }
                return Optional.empty();
            default: // staff_corner: a long press on the top-left corner, on any screen
                return Optional.of(new FlowEvent.StaffCorner());
        }
    }
}
