package jp.madoguchi.kiosk.ui.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.devices.api.DeviceStatus;
import jp.madoguchi.kiosk.flow.FlowSnapshot;
import jp.madoguchi.kiosk.flow.KioskState;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.kiosk.flow.NeedAdvice;
import jp.madoguchi.rules.advice.Need;
import jp.madoguchi.kiosk.i18n.Messages;
import jp.madoguchi.kiosk.ui.model.staff.StaffScreens;
import jp.madoguchi.rules.form.ApplicationFormId;
import jp.madoguchi.kiosk.speech.Voices;

/** Turns the flow's snapshot into the screen's view model, in the resident's language. */
public final class ScreenModels {
    /** The steps of the application route, numbered on screen so residents see how far they are. */
    private static final List<KioskState> APPLY_STEPS = List.of(
        KioskState.SCAN_FORM, KioskState.PHOTO, KioskState.REVIEW, KioskState.CERTIFICATES, KioskState.BIRTH_DATE,
        KioskState.BRAILLE, KioskState.SUBMIT);

    private ScreenModels() {
    }

    /** The small mark a development kiosk shows on every screen, naming its simulated devices. */
    public static Optional<String> simulatedMark(Language language, java.util.Set<jp.madoguchi.devices.api.DeviceKind> simulated) {
        if (simulated.isEmpty()) {
            return Optional.empty();
        }
        Messages m = Messages.of(language);
        return Optional.of(m.text("common.simulated", simulated.stream().sorted()
            .map(kind -> m.text("device." + kind)).collect(java.util.stream.Collectors.joining(", "))));
    }

    /** Whether the screen's bottom bar has a Back button (the views draw it; scenarios tap it). */
    public static boolean hasBack(KioskState state) {
        return switch (state) {
            case LANGUAGE, NEED, GUIDANCE, SCAN_FORM, PHOTO, CERTIFICATES, BIRTH_DATE, BRAILLE, SUBMIT -> true;
            default -> false;
        };
    }

    public static ScreenModel of(FlowSnapshot s) {
        Messages m = Messages.of(s.language());
        ScreenModel.Chrome chrome = chrome(s, m);
        return switch (s.state()) {
            case ATTRACT -> new ScreenModel.Attract(chrome, m.text("attract.title"), m.text("attract.subtitle"),
                Arrays.stream(Language.values()).map(l -> Messages.of(l).text("attract.touch")).distinct().toList());
            case LANGUAGE -> new ScreenModel.Languages(chrome, m.text("language.title"), m.text("language.hint"),
                Arrays.stream(Language.values())
                    .map(l -> new ScreenModel.LanguageChoice(l, l.ownName(), l == s.language())).toList());
            case NEED -> new ScreenModel.Needs(chrome, m.text("need.title"), Arrays.stream(Need.values())
                .map(n -> new ScreenModel.NeedChoice(n, m.text("need." + n), m.text("need." + n + ".detail"))).toList());
            case GUIDANCE -> guidance(s, m, chrome);
            case SCAN_FORM -> new ScreenModel.Scan(chrome, m.text("scan.title"),
                m.text(s.scanByCamera() ? "scan.hint.camera" : "scan.hint"), m.text("scan.waiting"),
                s.refusal().map(r -> m.text((s.typedFormId().isPresent() ? "scan.keypad.refusal." : "scan.refusal.") + r.code()))
                    .or(() -> s.submitRefusal().map(r -> submitRefusal(m, r))),
                m.text("scan.noForm"), m.text("scan.typeInstead"),
                s.typedFormId().map(typed -> keypad(typed, m)), s.scanByCamera());
            case PHOTO -> PhotoScreens.live(s, m, chrome);
            case REVIEW -> PhotoScreens.review(s, m, chrome);
            case CERTIFICATES -> new ScreenModel.Certificates(chrome, m.text("certificates.title"), m.text("certificates.hint"),
                new ScreenModel.CertificateChoice(m.text("certificates.signature"), m.text("certificates.signature.detail"),
                    s.signatureCertificate()),
                new ScreenModel.CertificateChoice(m.text("certificates.userIdentification"),
                    m.text("certificates.userIdentification.detail"), s.userIdentificationCertificate()),
                m.text("certificates.chosen"), m.text("certificates.notChosen"), m.text("certificates.continue"));
            case BIRTH_DATE -> ApplicationScreens.birthDate(s, m, chrome);
            case BRAILLE -> ApplicationScreens.braille(s, m, chrome);
            case SUBMIT -> ApplicationScreens.submit(s, m, chrome);
            case SENDING -> ApplicationScreens.sending(m, chrome);
            case NOT_SAVED -> ApplicationScreens.notSaved(m, chrome);
            case PRINT -> new ScreenModel.Printing(chrome, m.text("print.title"), m.text("print.hint"));
            case DONE -> done(s, m, chrome);
            case ERROR -> new ScreenModel.Fault(chrome, m.text("error.title"), s.fault().map(f -> problem(m, f)).orElse(""),
                m.text("error.staff"));
            case STAFF_CALLED -> new ScreenModel.CallWaiting(chrome, m.text("call.title"), m.text("call.body"), m.text("call.cancel"));
            case STAFF -> {
                // staff screens are in the staff language (en/ja), whatever the resident chose
                Language staffLanguage = StaffScreens.language(s.staff().orElseThrow());
                yield new ScreenModel.Staff(chrome(s, Messages.of(staffLanguage), staffLanguage),
                    StaffScreens.of(s.staff().orElseThrow(), java.time.ZoneId.systemDefault()));
            }
        };
    }

    /** Why the gateway refused the application, in the resident's words (a voided form has its own message). */
    private static String submitRefusal(Messages m, String reason) {
        String key = "scan.refusal.submit." + reason;
        return m.keys().contains(key) ? m.text(key) : m.text("scan.refusal.submit.other", reason);
    }

    /** Groups of four from the left, as printed beside the QR code; untyped places show a dot. */
    static ScreenModel.Keypad keypad(String typed, Messages m) {
        List<String> groups = new ArrayList<>();
        for (int start = 0; start < ApplicationFormId.LENGTH; start += 4) {
            StringBuilder group = new StringBuilder();
            for (int i = start; i < Math.min(start + 4, ApplicationFormId.LENGTH); i++) {
                group.append(i < typed.length() ? typed.charAt(i) : '\u00B7');
            }
            groups.add(group.toString());
        }
        return new ScreenModel.Keypad(m.text("scan.keypad.title"), m.text("scan.keypad.hint"), List.copyOf(groups),
            m.text("scan.keypad.count", typed.length(), ApplicationFormId.LENGTH), m.text("scan.keypad.erase"),
            m.text("scan.keypad.submit"), m.text("scan.keypad.cancel"), typed.length() == ApplicationFormId.LENGTH);
    }

    public static Optional<ScreenModel.IdleWarning> idleWarning(FlowSnapshot s) {
        Messages m = Messages.of(s.state() == KioskState.STAFF && s.staff().isPresent()
            ? StaffScreens.language(s.staff().get()) : s.language());
        return s.idleWarning().map(left -> new ScreenModel.IdleWarning(m.text("idle.title"),
            m.text("idle.body", left), m.text("idle.continue"), left));
    }

    private static ScreenModel.Guidance guidance(FlowSnapshot s, Messages m, ScreenModel.Chrome chrome) {
        Need need = s.need().orElse(Need.LOST_FORM);
        List<ScreenModel.PhraseLine> phrases = s.advice().map(a -> a.phrases().stream()
            .map(p -> phraseLine(p, s.language())).toList()).orElse(List.of());
        List<String> checklist = s.advice().map(a -> a.checklist().stream()
            .map(item -> m.text("checklist." + item)).toList()).orElse(List.of());
        return new ScreenModel.Guidance(chrome, m.text("guidance.title." + need), m.text("guidance.body." + need),
            m.text("guidance.phrases"), phrases, m.text("guidance.checklist"), checklist,
            s.advice().map(a -> m.text("common.asOf", a.asOf().toString())).orElse(""),
            m.text("guidance.print"), m.text("guidance.finish"));
    }

    private static ScreenModel.PhraseLine phraseLine(NeedAdvice.Phrase phrase, Language language) {
        return new ScreenModel.PhraseLine(phrase.text().japanese(), phrase.text().romaji(), phrase.meaningFor(language));
    }

    private static ScreenModel.Done done(FlowSnapshot s, Messages m, ScreenModel.Chrome chrome) {
        List<String> lines = new ArrayList<>();
        s.confirmation().ifPresent(c -> lines.addAll(ApplicationScreens.confirmation(c, m)));
        if (s.sheetsPrinted() > 0 && s.printProblem().isEmpty()) {
            lines.add(m.text("done.printed"));
            if (s.confirmation().isEmpty()) {
                lines.add(m.text("done.guidance"));
            }
        }
        return new ScreenModel.Done(chrome, m.text("done.title"), lines,
            s.printProblem().map(c -> m.text("done.printProblem", m.text("condition." + c)))
                .or(() -> s.printerReady() ? Optional.empty() : Optional.of(m.text("print.notReady"))),
            m.text("done.reprint"), s.printerReady(), m.text("done.finish"));
    }

    private static String problem(Messages m, DeviceStatus fault) {
        return m.text("error.device." + fault.kind(), m.text("condition." + fault.condition()));
    }

    private static ScreenModel.Chrome chrome(FlowSnapshot s, Messages m) {
        return chrome(s, m, s.language());
    }

    private static ScreenModel.Chrome chrome(FlowSnapshot s, Messages m, Language language) {
        int step = APPLY_STEPS.indexOf(s.state());
        // printing takes a moment and needs nobody; everywhere else in a visit a resident may call staff
        boolean mayCall = s.state().residentMayCallStaff() && s.state() != KioskState.PRINT;
        boolean voice = Voices.has(language);
        return new ScreenModel.Chrome(m.text("app.name"), m.text("common.back"), m.text("common.startOver"),
            m.text("common.language"), language,
            step < 0 ? Optional.empty() : Optional.of(m.text("common.step", step + 1, APPLY_STEPS.size())),
            mayCall ? Optional.of(m.text("common.callStaff")) : Optional.empty(),
            m.text(voice ? "speech.read" : "speech.noVoice"), voice);
    }
}
