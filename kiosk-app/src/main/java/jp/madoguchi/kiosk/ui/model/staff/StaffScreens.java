package jp.madoguchi.kiosk.ui.model.staff;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.madoguchi.devices.api.DeviceCondition;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.kiosk.i18n.Messages;
import jp.madoguchi.kiosk.staff.DayTally;
import jp.madoguchi.kiosk.staff.ReissueField;
import jp.madoguchi.kiosk.staff.StaffPage;
import jp.madoguchi.kiosk.staff.StaffView;

/** Turns the flow's staff view into the staff screen's model, in the staff language. */
public final class StaffScreens {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final List<String> OUTCOMES = List.of("applied", "guided", "abandoned", "timed_out");
    private static final List<StaffPage> MENU = List.of(StaffPage.REISSUE_FIND, StaffPage.DEVICES, StaffPage.OUTBOX,
        StaffPage.TODAY);

    private StaffScreens() {
    }

    /** The language staff screens are shown in. */
    public static Language language(StaffView v) {
        return v.staffLanguage().equals("en") ? Language.ENGLISH : Language.EASY_JAPANESE;
    }

    public static StaffScreen of(StaffView v, ZoneId zone) {
        Messages m = Messages.staff(language(v));
        Messages names = Messages.of(language(v)); // device and condition names are the residents' words too
        return switch (v.page()) {
            case SIGN_IN_ID -> new StaffScreen.SignIn(header(v, m, m.text("signIn.title")), m.text("signIn.idHint"),
                m.text("signIn.staffId"), v.signIn().typedId(), m.text("signIn.erase"), m.text("signIn.ok"),
                Optional.of(m.text("signIn.cancel")));
            case SIGN_IN_PIN -> new StaffScreen.SignIn(header(v, m, m.text("signIn.title")), m.text("signIn.pinHint", v.signIn().typedId()),
                m.text("signIn.pin"), "\u25CF".repeat(v.signIn().pinLength()), m.text("signIn.erase"), m.text("signIn.ok"),
                Optional.of(m.text("signIn.cancel")));
            case MENU -> new StaffScreen.Menu(header(v, m, m.text("menu.title")), MENU.stream()
                .map(p -> new StaffScreen.MenuItem(p, m.text("menu." + p), m.text("menu." + p + ".detail"))).toList(),
                v.headCoveringToJudge() ? Optional.of(List.of(m.text("menu.headCovering"), m.text("menu.headCovering.detail")))
                    : Optional.empty(),
                m.text("menu.testPage"), m.text("menu.signOutHint"));
            case DEVICES -> new StaffScreen.Devices(header(v, m, m.text("devices.title")), v.devices().stream()
                .map(d -> new StaffScreen.DeviceLine(names.text("device." + d.kind()), d.description(),
                    names.text("condition." + d.condition()), d.condition() == DeviceCondition.READY,
                    m.text("devices.since", when(d.since(), zone)))).toList());
            case OUTBOX -> outbox(v, m, zone);
            case TODAY -> today(v, m);
            case REISSUE_FIND, REISSUE_CHOOSE, REISSUE_CONFIRM, REISSUE_DONE -> ReissueScreens.of(v, m, header(v, m, m.text(titleOf(v.page()))));
        };
    }

    private static String titleOf(StaffPage page) {
        return switch (page) {
            case REISSUE_CHOOSE -> "reissue.chooseTitle";
            case REISSUE_CONFIRM -> "reissue.confirmTitle";
            case REISSUE_DONE -> "reissue.doneTitle";
            default -> "reissue.title";
        };
    }

    static StaffScreen.Header header(StaffView v, Messages m, String title) {
        boolean in = v.signedIn();
        boolean subPage = in && v.page() != StaffPage.MENU && v.page() != StaffPage.REISSUE_DONE;
        return new StaffScreen.Header(title, v.staffId().filter(id -> in).map(id -> m.text("staff.signedInAs", id)),
            m.text("staff.otherLanguage"), in ? Optional.of(m.text("staff.signOut")) : Optional.empty(),
            in ? Optional.of(m.text("staff.exitKiosk")) : Optional.empty(),
            subPage ? Optional.of(m.text("staff.back")) : Optional.empty(),
            v.residentWaiting() && in ? Optional.of(m.text("staff.residentWaiting")) : Optional.empty(),
            v.notice().map(n -> m.text(n.key(), n.args().stream().map(a -> reason(m, a)).toArray())));
    }

    /** A refusal code in staff words where the bundle has them ("form_id_voided" -> "the form was replaced ..."). */
    static String reason(Messages m, String code) {
        String key = "reason." + code;
        String text = m.text(key);
        return text.equals(key) ? code : text;
    }

    private static StaffScreen.Outbox outbox(StaffView v, Messages m, ZoneId zone) {
        List<String> summary = new ArrayList<>();
        if (!v.outboxConnected()) {
            summary.add(m.text("outbox.notConnected"));
        } else if (v.outbox().pending() == 0) {
            summary.add(m.text("outbox.none"));
        } else {
            summary.add(m.text("outbox.pending", v.outbox().pending()));
            v.outbox().oldestPending().map(Duration::toMinutes).ifPresent(min -> summary.add(m.text("outbox.oldest", min)));
        }
        List<String> refused = v.outbox().refused().stream()
            .map(r -> m.text("outbox.refusedItem", reason(m, r.reason()), r.formLastFour(), when(r.since(), zone))).toList();
        return new StaffScreen.Outbox(header(v, m, m.text("outbox.title")), summary, m.text("outbox.refused"),
            refused.isEmpty() ? List.of(m.text("outbox.noRefused")) : refused, m.text("outbox.retry"), v.outboxConnected());
    }

    private static StaffScreen.Today today(StaffView v, Messages m) {
        DayTally.Counts c = v.today();
        return new StaffScreen.Today(header(v, m, m.text("today.title", c.day().toString())), List.of(
            new StaffScreen.Section(m.text("today.sessions"), lines(c.sessions(), OUTCOMES, code -> m.text("outcome." + code), m)),
            new StaffScreen.Section(m.text("today.photoRefusals"), lines(c.photoRefusals(), List.of(), code -> code, m)),
            new StaffScreen.Section(m.text("today.reissues", c.reissues()), List.of()),
            new StaffScreen.Section(m.text("today.staffCalls", c.staffCalls()), List.of())));
    }

    /** Counts in {@code order} first (the outcomes' natural order), the rest by count, most first. */
    private static List<String> lines(Map<String, Long> counts, List<String> order, java.util.function.UnaryOperator<String> label,
                                      Messages m) {
        if (counts.isEmpty()) {
            return List.of(m.text("today.none"));
        }
        return counts.entrySet().stream()
            .sorted(java.util.Comparator.comparingInt((Map.Entry<String, Long> e) -> order.contains(e.getKey())
                    ? order.indexOf(e.getKey()) : order.size())
                .thenComparing(Map.Entry::getValue, java.util.Comparator.reverseOrder()).thenComparing(Map.Entry::getKey))
            .map(e -> label.apply(e.getKey()) + ": " + e.getValue()).toList();
    }

    /** A time of today as HH:mm:ss, of another day with its date. */
    static String when(Instant at, ZoneId zone) {
        var local = at.atZone(zone);
        return local.toLocalDate().equals(LocalDate.now(zone)) ? TIME.format(local) : DAY_TIME.format(local);
    }
}
