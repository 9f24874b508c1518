package jp.madoguchi.kiosk.ui.view;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import jp.madoguchi.kiosk.flow.FlowEvent;
import jp.madoguchi.kiosk.staff.StaffInput;
import jp.madoguchi.kiosk.ui.KioskViewModel;
import jp.madoguchi.kiosk.ui.model.staff.StaffScreen;

/**
 * The staff screens (issue 12): a dark staff bar (who is signed in, language, sign out, exit kiosk)
 * above the page, a back button below it. Built like the resident screens, from {@link Ui}'s parts.
 */
final class StaffViews {
    private StaffViews() {
    }

    static Node build(StaffScreen screen, KioskViewModel vm) {
        Node page = page(screen, vm);
        StaffScreen.Header h = screen.header();
        VBox content = new VBox();
        content.getStyleClass().add("staff-content");
        h.residentWaiting().ifPresent(w -> content.getChildren().add(Ui.notice(w)));
        h.notice().ifPresent(n -> content.getChildren().add(Ui.notice(n)));
        content.getChildren().add(page);
        BorderPane frame = new BorderPane(content, bar(h, vm), null, bottom(h, vm), null);
        frame.getStylesheets().add(StaffViews.class.getResource("/jp/madoguchi/kiosk/ui/staff.css").toExternalForm());
        return frame;
    }

    private static Node page(StaffScreen screen, KioskViewModel vm) {
        if (screen instanceof StaffScreen.SignIn s) {
            return signIn(s, vm);
        } else if (screen instanceof StaffScreen.Menu s) {
            return menu(s, vm);
        } else if (screen instanceof StaffScreen.Devices s) {
            return devices(s);
        } else if (screen instanceof StaffScreen.Outbox s) {
            return outbox(s, vm);
        } else if (screen instanceof StaffScreen.Today s) {
            return today(s);
        }
        return ReissueViews.build(screen, vm);
    }

    static void send(KioskViewModel vm, StaffInput input) {
        vm.send(new FlowEvent.Staff(input));
    }

    private static Node bar(StaffScreen.Header h, KioskViewModel vm) {
        HBox bar = new HBox(Ui.text(h.title(), "staff-title"), Ui.spacer());
        bar.getStyleClass().add("staff-bar");
        h.staff().ifPresent(who -> bar.getChildren().add(Ui.text(who, "staff-who")));
        bar.getChildren().add(barButton(h.otherLanguage(), () -> send(vm, new StaffInput.SwitchLanguage())));
        h.signOut().ifPresent(t -> bar.getChildren().add(barButton(t, () -> send(vm, new StaffInput.SignOut()))));
        h.exitKiosk().ifPresent(t -> bar.getChildren().add(barButton(t, () -> send(vm, new StaffInput.ExitKiosk()))));
        return bar;
    }

    private static Button barButton(String text, Runnable onTap) {
        Button b = Ui.button(text, "secondary", onTap);
        b.getStyleClass().add("staff-bar-button");
        return b;
    }

    private static Node bottom(StaffScreen.Header h, KioskViewModel vm) {
        HBox bottom = new HBox();
        bottom.getStyleClass().add("staff-bottom");
        h.back().ifPresent(t -> bottom.getChildren().add(Ui.button(t, "secondary", () -> send(vm, new StaffInput.Back()))));
        return bottom;
    }

    private static Node signIn(StaffScreen.SignIn s, KioskViewModel vm) {
        Node typed = Ui.text(s.typed().isEmpty() ? " " : s.typed(), "staff-id");
        VBox left = new VBox(20, Ui.text(s.hint(), "hint"), Ui.text(s.fieldLabel(), "detail"), typed);
        s.cancel().ifPresent(c -> left.getChildren().add(Ui.button(c, "secondary", () -> send(vm, new StaffInput.Back()))));
        left.setPrefWidth(900);
        left.setMaxWidth(900);
        HBox row = new HBox(60, left, digitKeys(vm, s.erase(), s.ok(), new StaffInput.Enter()));
        row.setAlignment(Pos.CENTER);
        return row;
    }

    /** The 0-9 keypad with erase and OK, as on the scan screen (same classes, same sizes). */
    static GridPane digitKeys(KioskViewModel vm, String erase, String ok, StaffInput onOk) {
        GridPane keys = new GridPane();
        keys.setHgap(16);
        keys.setVgap(16);
        keys.setAlignment(Pos.CENTER);
        for (int digit = 0; digit <= 9; digit++) {
            int d = digit;
            Button key = Ui.button(String.valueOf(d), "keypad-key", () -> send(vm, new StaffInput.Digit(d)));
            keys.add(key, d == 0 ? 1 : (d - 1) % 3, d == 0 ? 3 : (d - 1) / 3);
        }
        Button eraseKey = Ui.button(erase, "keypad-key", () -> send(vm, new StaffInput.Erase()));
        eraseKey.getStyleClass().add("keypad-erase");
        Button okKey = Ui.button(ok, "keypad-key", () -> send(vm, onOk));
        okKey.getStyleClass().add("keypad-submit");
        keys.add(eraseKey, 0, 3);
        keys.add(okKey, 2, 3);
        return keys;
    }

    private static Node menu(StaffScreen.Menu s, KioskViewModel vm) {
        VBox list = new VBox(14);
        list.setMaxWidth(1400);
        // the resident is waiting on this one, so it comes first
        s.headCovering().ifPresent(c -> list.getChildren().add(
            Ui.choice(c.get(0), c.get(1), "choice", () -> send(vm, new StaffInput.AcceptHeadCovering()))));
        for (StaffScreen.MenuItem item : s.items()) {
            list.getChildren().add(Ui.choice(item.label(), item.detail(), "choice", () -> send(vm, new StaffInput.Open(item.page()))));
        }
        HBox more = new HBox(24, Ui.button(s.testPage(), "secondary", () -> send(vm, new StaffInput.TestPage())),
            Ui.text(s.signOutHint(), "detail"));
        more.setAlignment(Pos.CENTER_LEFT);
        list.getChildren().add(more);
        return list;
    }

    private static Node devices(StaffScreen.Devices s) {
        GridPane grid = new GridPane();
        grid.setHgap(40);
        grid.setVgap(18);
        int row = 0;
        for (StaffScreen.DeviceLine d : s.devices()) {
            // the state in words with a mark, never by colour alone
            grid.add(Ui.text(d.name(), "staff-strong"), 0, row);
            grid.add(Ui.text((d.ok() ? "\u2713 " : "! ") + d.condition(), d.ok() ? "status-ok" : "status-attention"), 1, row);
            grid.add(Ui.text(d.since(), "staff-row"), 2, row);
            grid.add(Ui.text(d.description(), "detail"), 3, row);
            row++;
        }
        grid.setMaxWidth(1700);
        return grid;
    }

    private static Node outbox(StaffScreen.Outbox s, KioskViewModel vm) {
        VBox box = new VBox(16);
        box.setMaxWidth(1500);
        s.summary().forEach(line -> box.getChildren().add(Ui.text(line, "staff-strong")));
        box.getChildren().add(Ui.text(s.refusedTitle(), "hint"));
        s.refused().forEach(line -> box.getChildren().add(Ui.text(line, "staff-row")));
        Button retry = Ui.button(s.retry(), "primary", () -> send(vm, new StaffInput.RetryOutbox()));
        retry.setDisable(!s.connected());
        box.getChildren().add(retry);
        return box;
    }

    private static Node today(StaffScreen.Today s) {
        VBox box = new VBox(10);
        box.setMaxWidth(1500);
        for (StaffScreen.Section section : s.sections()) {
            box.getChildren().add(Ui.text(section.title(), "staff-strong"));
            section.lines().forEach(line -> box.getChildren().add(Ui.text("    " + line, "staff-row")));
        }
        return box;
    }
}
