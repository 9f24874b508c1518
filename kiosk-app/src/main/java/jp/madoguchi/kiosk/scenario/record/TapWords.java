package jp.madoguchi.kiosk.scenario.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.madoguchi.kiosk.flow.FlowEvent;
import jp.madoguchi.kiosk.flow.FlowSnapshot;
import jp.madoguchi.kiosk.flow.KioskState;
import jp.madoguchi.kiosk.scenario.Buttons;
import jp.madoguchi.kiosk.ui.model.ScreenModel;
import jp.madoguchi.kiosk.ui.model.ScreenModels;

/**
 * What a resident's tap meant, in a scenario file's words: read against the screen it was made on,
 * through the same table of buttons the scenario runner taps with, so what is recorded is what the
 * runner can tap again. Keypad digits are not here (the recorder gathers them into one step).
 */
final class TapWords {
    private TapWords() {
    }

    static List<String> of(FlowEvent event, FlowSnapshot on) {
        ScreenModel screen = ScreenModels.of(on);
        if (event instanceof FlowEvent.ChooseLanguage l) {
            return List.of("tap: {language: " + l.language().code() + "}");
        } else if (event instanceof FlowEvent.ChooseNeed n) {
            return List.of("tap: {need: " + n.need().name().toLowerCase(Locale.ROOT) + "}");
        } else if (event instanceof FlowEvent.StaffCorner) {
            return List.of("tap: staff_corner");
        } else if (event instanceof FlowEvent.Touch && on.state() == KioskState.ATTRACT) {
            return List.of("tap: attract.touch"); // on the attract screen any touch starts the visit
        } else if (event instanceof FlowEvent.Touch && on.idleWarning().isEmpty()) {
            return List.of(); // a tap on no button (or a certificate toggle: its choice goes with Continue)
        } else if (event instanceof FlowEvent.ChooseCertificates c && screen instanceof ScreenModel.Certificates shown) {
            List<String> taps = new ArrayList<>();
            if (c.signature() != shown.signature().chosen()) {
                taps.add("tap: {signature: " + yesNo(c.signature()) + "}");
            }
            if (c.userIdentification() != shown.userIdentification().chosen()) {
                taps.add("tap: {user_identification: " + yesNo(c.userIdentification()) + "}");
            }
            taps.add("tap: certificates.continue");
            return taps;
        }
        for (Map.Entry<String, FlowEvent> button : Buttons.onScreen(screen, on, new boolean[2]).entrySet()) {
            if (button.getValue().equals(event)) {
                return List.of("tap: " + button.getKey());
            }
        }
        return List.of("# a tap the recorder cannot name here (" + event.getClass().getSimpleName() + " on screen "
            + on.state().name().toLowerCase(Locale.ROOT) + ")");
    }

    static String yesNo(boolean yes) {
        return yes ? "yes" : "no";
    }
}
