package jp.madoguchi.kiosk.ui.model;

import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.kiosk.flow.Confirmation;
import jp.madoguchi.kiosk.flow.FlowSnapshot;
import jp.madoguchi.kiosk.i18n.Messages;
import jp.madoguchi.rules.form.DateOfBirth;

/** The view models of the application's last steps: date of birth, braille, submit, sending, not saved. */
final class ApplicationScreens {
    /** Year, month, day: the digit groups as the keypad shows them. */
    private static final int[] GROUPS = {4, 2, 2};

    private ApplicationScreens() {
    }

    static ScreenModel.BirthDate birthDate(FlowSnapshot s, Messages m, ScreenModel.Chrome chrome) {
        String typed = s.birthDate().typed();
        List<String> groups = new ArrayList<>();
        int at = 0;
        for (int size : GROUPS) {
            StringBuilder group = new StringBuilder();
            for (int i = at; i < at + size; i++) {
                group.append(i < typed.length() ? typed.charAt(i) : '\u00B7');
            }
            groups.add(group.toString());
            at += size;
        }
        return new ScreenModel.BirthDate(chrome, m.text("birth.title"), m.text("birth.hint"),
            List.of(m.text("birth.year"), m.text("birth.month"), m.text("birth.day")), List.copyOf(groups),
            m.text("birth.count", typed.length(), DateOfBirth.DIGITS),
            s.birthDate().refusal().map(r -> m.text("birth.refusal." + r.code())), m.text("birth.erase"), m.text("birth.ok"),
            typed.length() == DateOfBirth.DIGITS);
    }

    static ScreenModel.Braille braille(FlowSnapshot s, Messages m, ScreenModel.Chrome chrome) {
        return new ScreenModel.Braille(chrome, m.text("braille.title"), m.text("braille.hint"), m.text("braille.yes"),
            m.text("braille.no"), s.brailleName());
    }

    static ScreenModel.Submit submit(FlowSnapshot s, Messages m, ScreenModel.Chrome chrome) {
        return new ScreenModel.Submit(chrome, m.text("submit.title"), m.text("submit.formId"),
            s.formId().map(id -> id.grouped()).orElse(""), s.photo(), m.text("submit.certificates"),
            List.of(m.text("certificates.signature") + ": " + yesNo(m, s.signatureCertificate()),
                m.text("certificates.userIdentification") + ": " + yesNo(m, s.userIdentificationCertificate()),
                m.text("submit.dateOfBirth") + ": " + s.birthDate().date().map(Object::toString).orElse(""),
                m.text("submit.braille") + ": " + yesNo(m, s.brailleName())),
            m.text("submit.send"));
    }

    static ScreenModel.Sending sending(Messages m, ScreenModel.Chrome chrome) {
        return new ScreenModel.Sending(chrome, m.text("sending.title"), m.text("sending.hint"));
    }

    static ScreenModel.NotSaved notSaved(Messages m, ScreenModel.Chrome chrome) {
        return new ScreenModel.NotSaved(chrome, m.text("notSaved.title"), m.text("notSaved.body"), m.text("notSaved.staff"),
            m.text("notSaved.retry"));
    }

    /** The done screen's first lines: what became of the application, never "sent" without a receipt. */
    static List<String> confirmation(Confirmation c, Messages m) {
        if (c instanceof Confirmation.Sent sent) {
            return List.of(m.text("done.sent", sent.receipt()), m.text("done.next"));
        }
        if (c instanceof Confirmation.Refused refused) {
            return List.of(m.text("done.refused", refused.reason()));
        }
        return List.of(m.text("done.saved"), m.text("done.next"));
    }

    static String yesNo(Messages m, boolean yes) {
        return m.text(yes ? "submit.yes" : "submit.no");
    }
}
