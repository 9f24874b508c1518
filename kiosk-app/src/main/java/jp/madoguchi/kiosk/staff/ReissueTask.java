package jp.madoguchi.kiosk.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.devices.api.DeviceUnavailableException;
import jp.madoguchi.devices.api.Printer;
import jp.madoguchi.devices.api.RegisteredResident;
import jp.madoguchi.devices.api.ReissuedForm;
import jp.madoguchi.devices.api.RequestRefusedException;
import jp.madoguchi.devices.api.ResidentRegister;

/**
 * Reissuing a lost application form (route D): find the resident in the register (name and date of
 * birth, or resident code), confirm the residence card was checked in person (no card number is
 * kept), ask the register for a new form ID (the old one becomes void there), and print the form in
 * the resident's language. Everything personal lives in this object until {@link #wipe()}.
 *
 * <pre>
 * REISSUE_FIND     Letter/Digit/Erase type, Focus switches field, Find -> CHOOSE (several), CONFIRM (one)
 * REISSUE_CHOOSE   Choose(i) -> CONFIRM          Back -> FIND
 * REISSUE_CONFIRM  CardChecked, FormLanguage; IssueAndPrint (card checked) -> DONE    Back -> FIND
 * REISSUE_DONE     PrintAgain; ApplyNow hands the kiosk to the resident (StaffDesk)
 * </pre>
 */
final class ReissueTask {
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private final ResidentRegister register;
    private final Printer printer;
    private final FormSheets sheets;
    private final AuditLog audit;
    private final DayTally tally;
    private final Clock clock;
    private final List<String> formLanguages;

    private StaffPage page = StaffPage.REISSUE_FIND;
    private ReissueField focus = ReissueField.NAME;
    private final StringBuilder name = new StringBuilder();
    private final StringBuilder born = new StringBuilder();
    private final StringBuilder code = new StringBuilder();
    private List<RegisteredResident> found = List.of();
    private RegisteredResident chosen;
    private boolean cardChecked;
    private String formLanguage;
    private ReissuedForm issued;
    private boolean printed;

    ReissueTask(ResidentRegister register, Printer printer, FormSheets sheets, AuditLog audit, DayTally tally, Clock clock,
                List<String> formLanguages) {
        this.register = register;
        this.printer = printer;
        this.sheets = sheets;
        this.audit = audit;
        this.tally = tally;
        this.clock = clock;
        this.formLanguages = List.copyOf(formLanguages);
    }

    void start(String residentLanguage) {
        wipe();
        formLanguage = formLanguages.contains(residentLanguage) ? residentLanguage : formLanguages.get(0);
    }

    StaffPage page() {
        return page;
    }

    /** @return a notice for staff, if the step has one */
    Optional<StaffView.Notice> on(StaffInput input, String staffId) {
        return switch (page) {
            case REISSUE_FIND -> find(input);
            case REISSUE_CHOOSE -> {
                if (input instanceof StaffInput.Choose c && c.index() >= 0 && c.index() < found.size()) {
                    confirm(found.get(c.index()));
                } else if (input instanceof StaffInput.Back) {
                    page = StaffPage.REISSUE_FIND;
                }
                yield Optional.empty();
            }
            case REISSUE_CONFIRM -> confirmStep(input, staffId);
            case REISSUE_DONE -> input instanceof StaffInput.PrintAgain ? print(staffId, true) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private Optional<StaffView.Notice> find(StaffInput input) {
        StringBuilder field = switch (focus) {
            case NAME -> name;
            case BIRTH -> born;
            case CODE -> code;
        };
        if (input instanceof StaffInput.Focus f) {
            focus = f.field();
        } else if (input instanceof StaffInput.Letter l && focus == ReissueField.NAME && name.length() < 60
            && (Character.isLetter(l.letter()) || l.letter() == ' ')) {
            name.append(l.letter());
        } else if (input instanceof StaffInput.Digit d && focus != ReissueField.NAME && field.length() < (focus == ReissueField.BIRTH ? 8 : 16)) {
            field.append((char) ('0' + d.digit()));
        } else if (input instanceof StaffInput.Erase && field.length() > 0) {
            field.setLength(field.length() - 1);
        } else if (input instanceof StaffInput.Find) {
            return search();
        }
        return Optional.empty();
    }

    private Optional<StaffView.Notice> search() {
        try {
            if (code.length() > 0) {
                found = register.byCode(code.toString()).map(List::of).orElse(List.of());
            } else {
                LocalDate birth;
                try {
                    birth = LocalDate.parse(born, YYYYMMDD);
                } catch (DateTimeParseException e) {
                    return Optional.of(StaffView.Notice.of("reissue.birthFormat"));
                }
                if (name.toString().isBlank()) {
                    return Optional.of(StaffView.Notice.of("reissue.nameNeeded"));
                }
                found = register.find(name.toString(), birth);
            }
        } catch (DeviceUnavailableException e) {
            return Optional.of(StaffView.Notice.of("reissue.registerDown", e.status().condition()));
        }
        if (found.isEmpty()) {
            return Optional.of(StaffView.Notice.of("reissue.notFound"));
        }
        if (found.size() == 1) {
            confirm(found.get(0));
        } else {
            page = StaffPage.REISSUE_CHOOSE;
        }
        return Optional.empty();
    }

    private void confirm(RegisteredResident resident) {
        chosen = resident;
        cardChecked = false;
        page = StaffPage.REISSUE_CONFIRM;
    }

    private Optional<StaffView.Notice> confirmStep(StaffInput input, String staffId) {
        if (input instanceof StaffInput.CardChecked c) {
            cardChecked = c.checked();
        } else if (input instanceof StaffInput.FormLanguage l && formLanguages.contains(l.code())) {
            formLanguage = l.code();
        } else if (input instanceof StaffInput.Back) {
            chosen = null;
            page = StaffPage.REISSUE_FIND;
        } else if (input instanceof StaffInput.IssueAndPrint) {
            if (!cardChecked) {
                return Optional.of(StaffView.Notice.of("reissue.checkCardFirst"));
            }
            try {
                issued = register.reissue(chosen.code(), staffId);
            } catch (DeviceUnavailableException e) {
                return Optional.of(StaffView.Notice.of("reissue.registerDown", e.status().condition()));
            } catch (RequestRefusedException e) {
                return Optional.of(StaffView.Notice.of("reissue.refused", e.reason()));
            }
            tally.reissued();
            audit.append(AuditLog.Action.REISSUE, staffId, "residence card checked; new form ***" + issued.lastFour()
                + issued.voidedLastFour().map(v -> ", form ***" + v + " void").orElse(""));
            page = StaffPage.REISSUE_DONE;
            return print(staffId, false);
        }
        return Optional.empty();
    }

    private Optional<StaffView.Notice> print(String staffId, boolean again) {
        FormSheets.ReissueSheet sheet = new FormSheets.ReissueSheet(formLanguage, issued.formIdDigits(), chosen.name(),
            chosen.address(), chosen.dateOfBirth(), LocalDate.now(clock));
        try {
            printer.print(sheets.reissueForm(sheet));
            printed = true;
            if (again) {
                audit.append(AuditLog.Action.REISSUE_REPRINT, staffId, "form ***" + issued.lastFour() + " printed again");
            }
            return Optional.empty();
        } catch (DeviceUnavailableException e) {
            return Optional.of(StaffView.Notice.of("print.problem", e.status().condition()));
        }
    }

    Optional<ReissuedForm> issued() {
        return Optional.ofNullable(issued);
    }

    String formLanguage() {
        return formLanguage;
    }

    StaffView.Reissue view() {
        return new StaffView.Reissue(focus, name.toString(), born.toString(), code.toString(), found,
            Optional.ofNullable(chosen), cardChecked, formLanguage, formLanguages, Optional.ofNullable(issued), printed);
    }

    /** Forgets the resident: names, dates, codes, the new form ID. */
    void wipe() {
        page = StaffPage.REISSUE_FIND;
        focus = ReissueField.NAME;
        name.setLength(0);
        born.setLength(0);
        code.setLength(0);
        found = List.of();
        chosen = null;
        cardChecked = false;
        issued = null;
        printed = false;
    }
}
