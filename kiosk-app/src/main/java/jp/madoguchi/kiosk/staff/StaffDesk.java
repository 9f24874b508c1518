package jp.madoguchi.kiosk.staff;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import jp.madoguchi.devices.api.Device;
import jp.madoguchi.devices.api.DeviceStatus;
import jp.madoguchi.devices.api.DeviceUnavailableException;
import jp.madoguchi.devices.api.Printer;
import jp.madoguchi.devices.api.ResidentRegister;

/**
 * Staff mode: a small state machine of its own that the kiosk's flow hands events to while staff
 * have the kiosk. It knows nothing of the resident's steps; it tells the flow what to do next with
 * an {@link Outcome}. Every staff action goes to the {@link AuditLog}.
 *
 * <pre>
 * SIGN_IN_ID   digits, Enter -> SIGN_IN_PIN (a badge starts there)   Back -> RESUME
 * SIGN_IN_PIN  digits, Enter -> MENU (right PIN) | stays (wrong; five lock entry)    Back -> SIGN_IN_ID
 * MENU         Open(DEVICES | OUTBOX | TODAY | REISSUE_FIND), TestPage, SignOut -> RESUME, ExitKiosk -> EXIT_KIOSK
 *              AcceptHeadCovering (offered when the resident's photo was refused for a head covering only)
 *              -> ACCEPT_HEAD_COVERING
 * DEVICES, TODAY   Back -> MENU
 * OUTBOX       RetryOutbox; Back -> MENU
 * REISSUE_*    see ReissueTask; ApplyNow (form printed) -> HAND_OVER; Back from the search -> MENU
 * any          SwitchLanguage (en/ja)
 * </pre>
 */
public final class StaffDesk {
    /** What the flow does after a staff input. */
    public enum Outcome {
        /** Staff mode goes on. */
        STAY,
        /** Staff signed out: the kiosk goes back to the resident (or the attract screen). */
        RESUME,
        /** The resident applies now with the new form, from the scan step, in {@link #handOverLanguage()}. */
        HAND_OVER,
        /** Staff allow the resident's religious or medical head covering: back to the resident, photo taken. */
        ACCEPT_HEAD_COVERING,
        /** Close the kiosk program. */
        EXIT_KIOSK
    }

    private final StaffSignIn signIn;
    private final ReissueTask reissue;
    private final AuditLog audit;
    private final DayTally tally;
    private final OutboxView outbox;
    private final List<Device> devices;
    private final Printer printer;
    private final FormSheets sheets;
    private final Clock clock;
    private final String defaultLanguage;

    private StaffPage page = StaffPage.SIGN_IN_ID;
    private String language;
    private String staffId;
    private String residentLanguage;
    private boolean residentWaiting;
    private boolean headCoveringToJudge;
    private Optional<StaffView.Notice> notice = Optional.empty();

    /**
     * @param accounts      read at every sign-in, so {@code ./kiosk staff add} needs no restart
     * @param formLanguages the resident languages a reissued form can be printed in (codes)
     * @param staffLanguage "ja" or "en": the staff screens' language until staff switch it
     */
    public StaffDesk(Supplier<StaffAccounts> accounts, EntryLock lock, AuditLog audit, DayTally tally, OutboxView outbox,
                     List<Device> devices, Printer printer, ResidentRegister register, FormSheets sheets, Clock clock,
                     List<String> formLanguages, String staffLanguage) {
        this.signIn = new StaffSignIn(accounts, lock, audit);
        this.reissue = new ReissueTask(register, printer, sheets, audit, tally, clock, formLanguages);
        this.audit = audit;
        this.tally = tally;
        this.outbox = outbox;
        this.devices = List.copyOf(devices);
        this.printer = printer;
        this.sheets = sheets;
        this.clock = clock;
        this.defaultLanguage = staffLanguage;
        this.language = staffLanguage;
    }

    /**
     * Staff mode starts at sign-in: with the badge's staff ID, the PIN is asked at once.
     *
     * @param residentLanguage the language of the resident at the kiosk (the reissued form's, by default)
     * @param residentWaiting  a resident called staff; signing in answers the call
     * @param headCoveringToJudge the resident's photo was refused for a head covering alone, with the
     *                            face outline visible: staff may allow it (a religious or medical covering)
     */
    public void open(Optional<String> badgeStaffId, String residentLanguage, boolean residentWaiting,
                     boolean headCoveringToJudge) {
        wipe();
        this.residentLanguage = residentLanguage;
        this.residentWaiting = residentWaiting;
        this.headCoveringToJudge = headCoveringToJudge;
        signIn.start(badgeStaffId);
        page = signIn.page();
    }

    public Outcome on(StaffInput input) {
        notice = Optional.empty();
        if (input instanceof StaffInput.SwitchLanguage) {
            language = language.equals("ja") ? "en" : "ja";
            return Outcome.STAY;
        }
        if (!page.signedIn() && input instanceof StaffInput.Back && page == StaffPage.SIGN_IN_ID) {
            return Outcome.RESUME; // opened by mistake (a long press on the corner): back to the resident
        }
        if (!page.signedIn()) {
            StaffSignIn.Result result = signIn.on(input);
            notice = result.notice();
            result.signedIn().ifPresentOrElse(this::signedIn, () -> page = signIn.page());
            return Outcome.STAY;
        }
        if (input instanceof StaffInput.SignOut) {
            audit.append(AuditLog.Action.LOGOUT, staffId, "signed out");
            return Outcome.RESUME;
        }
        if (input instanceof StaffInput.ExitKiosk) {
            audit.append(AuditLog.Action.EXIT_KIOSK, staffId, "kiosk program closed by staff");
            return Outcome.EXIT_KIOSK;
        }
        return switch (page) {
            case MENU -> menu(input);
            case OUTBOX -> {
                if (input instanceof StaffInput.RetryOutbox) {
                    outbox.retryNow();
                    audit.append(AuditLog.Action.OUTBOX_RETRY, staffId, "retry now; " + outbox.summary().pending() + " pending");
                    notice = Optional.of(StaffView.Notice.of("outbox.retried"));
                }
                yield back(input);
            }
            case REISSUE_FIND, REISSUE_CHOOSE, REISSUE_CONFIRM, REISSUE_DONE -> reissueStep(input);
            default -> back(input);
        };
    }

    private void signedIn(StaffAccounts.Member member) {
        staffId = member.id();
        page = StaffPage.MENU;
        if (residentWaiting) {
            audit.append(AuditLog.Action.CALL_ANSWERED, staffId, "resident's call answered");
        }
    }

    private Outcome menu(StaffInput input) {
        if (input instanceof StaffInput.Open open && open.page().signedIn() && open.page() != StaffPage.MENU) {
            if (open.page() == StaffPage.REISSUE_FIND) {
                reissue.start(residentLanguage);
            }
            page = open.page() == StaffPage.REISSUE_FIND ? reissue.page() : open.page();
        } else if (input instanceof StaffInput.AcceptHeadCovering && headCoveringToJudge) {
            audit.append(AuditLog.Action.HEAD_COVERING_ACCEPTED, staffId,
                "head covering allowed as religious or medical; face outline visible");
            return Outcome.ACCEPT_HEAD_COVERING;
        } else if (input instanceof StaffInput.TestPage) {
            try {
                printer.print(sheets.testPage(clock.instant(), devices.stream().map(Device::status).toList()));
                audit.append(AuditLog.Action.TEST_PAGE, staffId, "test page printed");
                notice = Optional.of(StaffView.Notice.of("testPage.printed"));
            } catch (DeviceUnavailableException e) {
                audit.append(AuditLog.Action.TEST_PAGE, staffId, "test page failed: " + e.status().condition());
                notice = Optional.of(StaffView.Notice.of("print.problem", e.status().condition()));
            }
        }
        return Outcome.STAY;
    }

    private Outcome reissueStep(StaffInput input) {
        if (input instanceof StaffInput.Back && (page == StaffPage.REISSUE_FIND || page == StaffPage.REISSUE_DONE)) {
            reissue.wipe();
            page = StaffPage.MENU;
            return Outcome.STAY;
        }
        if (input instanceof StaffInput.ApplyNow && page == StaffPage.REISSUE_DONE && reissue.view().printed()) {
            residentLanguage = reissue.formLanguage();
            audit.append(AuditLog.Action.HAND_OVER, staffId, "kiosk handed to the resident to apply with form ***"
                + reissue.issued().orElseThrow().lastFour());
            return Outcome.HAND_OVER;
        }
        notice = reissue.on(input, staffId);
        page = reissue.page();
        return Outcome.STAY;
    }

    private Outcome back(StaffInput input) {
        if (input instanceof StaffInput.Back) {
            page = StaffPage.MENU;
        }
        return Outcome.STAY;
    }

    /** The resident's language to continue in after {@link Outcome#HAND_OVER}. */
    public String handOverLanguage() {
        return residentLanguage;
    }

    public boolean signedIn() {
        return page.signedIn();
    }

    public StaffView view() {
        List<StaffView.DeviceRow> rows = devices.stream().map(d -> {
            DeviceStatus s = d.status();
            return new StaffView.DeviceRow(s.kind(), d.description(), s.condition(), s.since());
        }).toList();
        return new StaffView(page, language, Optional.ofNullable(staffId), residentWaiting, headCoveringToJudge,
            signIn.view(), rows, outbox.connected(), outbox.summary(), tally.today(), reissue.view(), notice);
    }

    /**
     * Staff mode ends (signed out, handed over, timed out, or the resident's session ended): what was
     * typed and everything about the resident is forgotten.
     *
     * @param timedOut nobody touched the kiosk for the staff idle time: audited as such
     */
    public void close(boolean timedOut) {
        if (timedOut && staffId != null) {
            audit.append(AuditLog.Action.TIMEOUT, staffId, "staff mode timed out; back to the start screen");
        }
        wipe();
    }

    private void wipe() {
        signIn.clear();
        reissue.wipe();
        staffId = null;
        residentWaiting = false;
        headCoveringToJudge = false;
        notice = Optional.empty();
        page = StaffPage.SIGN_IN_ID;
        language = defaultLanguage;
    }
}
