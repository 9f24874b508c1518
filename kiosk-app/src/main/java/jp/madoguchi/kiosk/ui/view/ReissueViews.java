package jp.madoguchi.kiosk.ui.view;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import jp.madoguchi.kiosk.staff.StaffInput;
import jp.madoguchi.kiosk.ui.KioskViewModel;
import jp.madoguchi.kiosk.ui.model.staff.StaffScreen;

/**
 * Reissuing a lost form on the kiosk's own touch screen: the search fields with an on-screen
 * keyboard (letters for the name, digits for the date of birth and resident code), the matches,
 * the check before issuing, and the new form's ID with "Apply now".
 */
final class ReissueViews {
    private static final String[] LETTER_ROWS = {"QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM"};

    private ReissueViews() {
    }

    static Node build(StaffScreen screen, KioskViewModel vm) {
        if (screen instanceof StaffScreen.ReissueFind s) {
            return find(s, vm);
        } else if (screen instanceof StaffScreen.ReissueChoose s) {
            return choose(s, vm);
        } else if (screen instanceof StaffScreen.ReissueConfirm s) {
            return confirm(s, vm);
        } else if (screen instanceof StaffScreen.ReissueDone s) {
            return done(s, vm);
        }
        throw new IllegalArgumentException("no view for " + screen.getClass().getSimpleName());
    }

    /** The fields on the left (tap one to type into it), the keys for the focused field on the right. */
    static Node find(StaffScreen.ReissueFind s, KioskViewModel vm) {
        VBox fields = new VBox(12, Ui.text(s.hint(), "staff-row"));
        for (StaffScreen.Field f : s.fields()) {
            Button field = Ui.button(f.value().isEmpty() ? " " : f.value(), "staff-field",
                () -> StaffViews.send(vm, new StaffInput.Focus(f.field())));
            if (f.focused()) {
                field.getStyleClass().add("staff-field-focused");
            }
            fields.getChildren().addAll(Ui.text((f.focused() ? "\u25B6 " : "") + f.label(), "detail"), field);
        }
        fields.getChildren().add(Ui.button(s.find(), "primary", () -> StaffViews.send(vm, new StaffInput.Find())));
        fields.setPrefWidth(700);
        fields.setMaxWidth(700);
        Node keys = s.letters() ? letterKeys(s, vm) : StaffViews.digitKeys(vm, s.erase(), s.find(), new StaffInput.Find());
        HBox page = new HBox(48, fields, keys);
        page.setAlignment(Pos.TOP_CENTER);
        return page;
    }

    private static Node letterKeys(StaffScreen.ReissueFind s, KioskViewModel vm) {
        VBox rows = new VBox(12);
        rows.setAlignment(Pos.TOP_CENTER);
        for (String row : LETTER_ROWS) {
            HBox keys = new HBox(8);
            keys.setAlignment(Pos.CENTER);
            for (char c : row.toCharArray()) {
                keys.getChildren().add(Ui.button(String.valueOf(c), "letter-key", () -> StaffViews.send(vm, new StaffInput.Letter(c))));
            }
            rows.getChildren().add(keys);
        }
        HBox last = new HBox(10, Ui.button(s.space(), "space-key", () -> StaffViews.send(vm, new StaffInput.Letter(' '))),
            Ui.button(s.erase(), "space-key", () -> StaffViews.send(vm, new StaffInput.Erase())));
        last.setAlignment(Pos.CENTER);
        rows.getChildren().add(last);
        return rows;
    }

    static Node choose(StaffScreen.ReissueChoose s, KioskViewModel vm) {
        VBox list = new VBox(14);
        list.setMaxWidth(1500);
        for (StaffScreen.ResidentLine r : s.residents()) {
            list.getChildren().add(Ui.choice(r.name() + "   " + r.born(), r.address(), "choice",
                () -> StaffViews.send(vm, new StaffInput.Choose(r.index()))));
        }
        return list;
    }

    static Node confirm(StaffScreen.ReissueConfirm s, KioskViewModel vm) {
        GridPane facts = new GridPane();
        facts.setHgap(32);
        facts.setVgap(10);
        int row = 0;
        for (StaffScreen.Fact f : s.facts()) {
            facts.add(Ui.text(f.label(), "detail"), 0, row);
            facts.add(Ui.text(f.value(), "staff-strong"), 1, row++);
        }
        facts.getStyleClass().add("card");
        facts.setMaxWidth(1500);
        FlowPane languages = new FlowPane(10, 10);
        languages.setMaxWidth(1500);
        for (StaffScreen.LanguageChoice l : s.languages()) {
            Button chip = Ui.button(l.ownName(), "language-chip", () -> StaffViews.send(vm, new StaffInput.FormLanguage(l.code())));
            chip.getStyleClass().add("lang-" + l.code());
            if (l.chosen()) {
                chip.getStyleClass().add("selected");
            }
            languages.getChildren().add(chip);
        }
        // a tick box drawn as a large button: the mark and the words say whether it is ticked
        Button tick = Ui.button((s.cardChecked() ? "\u2611  " : "\u2610  ") + s.cardLabel(), "tick-box",
            () -> StaffViews.send(vm, new StaffInput.CardChecked(!s.cardChecked())));
        if (s.cardChecked()) {
            tick.getStyleClass().add("selected");
        }
        Button issue = Ui.button(s.issue(), "primary", () -> StaffViews.send(vm, new StaffInput.IssueAndPrint()));
        issue.setDisable(!s.cardChecked());
        VBox page = new VBox(16, facts, Ui.text(s.languageLabel(), "detail"), languages, tick, issue);
        page.setAlignment(Pos.TOP_CENTER);
        return page;
    }

    static Node done(StaffScreen.ReissueDone s, KioskViewModel vm) {
        VBox card = new VBox(12, Ui.text(s.idLabel(), "detail"), Ui.text(s.newId(), "big-id"));
        card.getStyleClass().add("card");
        card.setMaxWidth(1500);
        s.lines().forEach(line -> card.getChildren().add(Ui.text(line, "hint")));
        Button apply = Ui.button(s.applyNow(), "primary", () -> StaffViews.send(vm, new StaffInput.ApplyNow()));
        apply.setDisable(!s.canApply());
        HBox actions = new HBox(24, apply,
            Ui.button(s.printAgain(), "secondary", () -> StaffViews.send(vm, new StaffInput.PrintAgain())),
            Ui.button(s.finish(), "secondary", () -> StaffViews.send(vm, new StaffInput.Back())));
        actions.setAlignment(Pos.CENTER);
        VBox page = new VBox(28, card, actions);
        page.setAlignment(Pos.TOP_CENTER);
        return page;
    }
}
