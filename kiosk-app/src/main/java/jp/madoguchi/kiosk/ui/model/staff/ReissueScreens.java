package jp.madoguchi.kiosk.ui.model.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import jp.madoguchi.devices.api.RegisteredResident;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.kiosk.i18n.Messages;
import jp.madoguchi.kiosk.staff.ReissueField;
import jp.madoguchi.kiosk.staff.StaffView;

/** The reissue task's screens: search, choose, confirm, done. */
final class ReissueScreens {
    private ReissueScreens() {
    }

    static StaffScreen of(StaffView v, Messages m, StaffScreen.Header header) {
        StaffView.Reissue r = v.reissue();
        return switch (v.page()) {
            case REISSUE_CHOOSE -> new StaffScreen.ReissueChoose(header, IntStream.range(0, r.found().size())
                .mapToObj(i -> line(i, r.found().get(i))).toList());
            case REISSUE_CONFIRM -> confirm(r, m, header);
            case REISSUE_DONE -> done(r, m, header);
            default -> new StaffScreen.ReissueFind(header, m.text("reissue.findHint"), List.of(
                new StaffScreen.Field(ReissueField.NAME, m.text("reissue.name"), r.name(), r.focus() == ReissueField.NAME),
                new StaffScreen.Field(ReissueField.BIRTH, m.text("reissue.birth"), birth(r.born()), r.focus() == ReissueField.BIRTH),
                new StaffScreen.Field(ReissueField.CODE, m.text("reissue.code"), r.code(), r.focus() == ReissueField.CODE)),
                r.focus() == ReissueField.NAME, m.text("reissue.find"), m.text("reissue.space"), m.text("reissue.erase"));
        };
    }

    private static StaffScreen.ResidentLine line(int index, RegisteredResident resident) {
        return new StaffScreen.ResidentLine(index, resident.name(), resident.dateOfBirth().toString(), resident.address());
    }

    /** The typed digits of YYYYMMDD with the dashes shown as they are reached: "1995-04-0". */
    static String birth(String digits) {
        StringBuilder out = new StringBuilder(digits);
        if (out.length() > 6) {
            out.insert(6, '-');
        }
        if (out.length() > 4) {
            out.insert(4, '-');
        }
        return out.toString();
    }

    private static StaffScreen.ReissueConfirm confirm(StaffView.Reissue r, Messages m, StaffScreen.Header header) {
        RegisteredResident who = r.chosen().orElseThrow();
        List<StaffScreen.Fact> facts = List.of(new StaffScreen.Fact(m.text("reissue.residentName"), who.name()),
            new StaffScreen.Fact(m.text("reissue.residentBirth"), who.dateOfBirth().toString()),
            new StaffScreen.Fact(m.text("reissue.residentAddress"), who.address()),
            new StaffScreen.Fact("", who.currentFormLastFour().map(last -> m.text("reissue.currentForm", last))
                .orElse(m.text("reissue.noCurrentForm"))));
        List<StaffScreen.LanguageChoice> languages = r.formLanguages().stream()
            .map(code -> new StaffScreen.LanguageChoice(code, Language.byCode(code).map(Language::ownName).orElse(code),
                code.equals(r.formLanguage()))).toList();
        return new StaffScreen.ReissueConfirm(header, facts, m.text("reissue.formLanguage"), languages,
            m.text("reissue.cardChecked"), r.cardChecked(), m.text("reissue.issue"));
    }

    private static StaffScreen.ReissueDone done(StaffView.Reissue r, Messages m, StaffScreen.Header header) {
        var issued = r.issued().orElseThrow();
        List<String> lines = new ArrayList<>();
        issued.voidedLastFour().ifPresent(last -> lines.add(m.text("reissue.voided", last)));
        if (r.printed()) {
            lines.add(m.text("reissue.printed"));
        }
        return new StaffScreen.ReissueDone(header, m.text("reissue.newId"), grouped(issued.formIdDigits()), lines,
            m.text("reissue.applyNow"), r.printed(), m.text("reissue.printAgain"), m.text("reissue.finish"));
    }

    /** Groups of four from the left, as printed on the form. */
    static String grouped(String digits) {
        return digits.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
