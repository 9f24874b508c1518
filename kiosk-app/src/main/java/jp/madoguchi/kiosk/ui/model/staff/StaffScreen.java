package jp.madoguchi.kiosk.ui.model.staff;

import java.util.List;
import java.util.Optional;
import jp.madoguchi.kiosk.staff.ReissueField;
import jp.madoguchi.kiosk.staff.StaffPage;

/**
 * The staff screens' view models: plain records with every text in the staff language (en or ja),
 * built by {@link StaffScreens} from the flow's staff view. No JavaFX.
 */
public sealed interface StaffScreen {
    Header header();

    /** What every staff screen shows at the top: the page title, who is signed in, the way out. */
    record Header(String title, Optional<String> staff, String otherLanguage, Optional<String> signOut,
                  Optional<String> exitKiosk, Optional<String> back, Optional<String> residentWaiting,
                  Optional<String> notice) {
    }

    /** @param typed the staff ID as typed, or one dot per PIN digit */
    record SignIn(Header header, String hint, String fieldLabel, String typed, String erase, String ok,
                  Optional<String> cancel) implements StaffScreen {
    }

    record MenuItem(StaffPage page, String label, String detail) {
    }

    /** @param headCovering the label and detail of "allow the resident's head covering", when staff may */
    record Menu(Header header, List<MenuItem> items, Optional<List<String>> headCovering, String testPage,
                String signOutHint) implements StaffScreen {
    }

    /** @param ok whether the device is ready (said in words too, never by colour alone) */
    record DeviceLine(String name, String description, String condition, boolean ok, String since) {
    }

    record Devices(Header header, List<DeviceLine> devices) implements StaffScreen {
    }

    record Outbox(Header header, List<String> summary, String refusedTitle, List<String> refused, String retry,
                  boolean connected) implements StaffScreen {
    }

    record Section(String title, List<String> lines) {
    }

    record Today(Header header, List<Section> sections) implements StaffScreen {
    }

    record Field(ReissueField field, String label, String value, boolean focused) {
    }

    /** @param letters whether the focused field takes letters (the name) or digits */
    record ReissueFind(Header header, String hint, List<Field> fields, boolean letters, String find, String space,
                       String erase) implements StaffScreen {
    }

    record ResidentLine(int index, String name, String born, String address) {
    }

    record ReissueChoose(Header header, List<ResidentLine> residents) implements StaffScreen {
    }

    record Fact(String label, String value) {
    }

    record LanguageChoice(String code, String ownName, boolean chosen) {
    }

    record ReissueConfirm(Header header, List<Fact> facts, String languageLabel, List<LanguageChoice> languages,
                          String cardLabel, boolean cardChecked, String issue) implements StaffScreen {
    }

    /** @param newId the 23 digits in the groups printed on the form */
    record ReissueDone(Header header, String idLabel, String newId, List<String> lines, String applyNow, boolean canApply,
                       String printAgain, String finish) implements StaffScreen {
    }
}
