package jp.madoguchi.kiosk.ui.view;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The content area every screen shares: title, hint and body in a panel that scrolls when a
 * language needs more room than the screen has (with a "more below" mark while there is more),
 * and the screen's actions in a row under it that never scrolls away. The frame's bars are
 * outside it ({@link KioskRoot}), so nothing a translation does can push them off the screen.
 */
final class Page {
    private Page() {
    }

    static VBox of(String title, String hint, List<? extends Node> body, List<? extends Node> actions) {
        VBox scrolled = new VBox();
        scrolled.getStyleClass().add("content");
        scrolled.getChildren().add(Ui.text(title, "title"));
        if (hint != null) {
            scrolled.getChildren().add(Ui.text(hint, "hint"));
        }
        scrolled.getChildren().addAll(body);
        VBox page = new VBox(scrolling(scrolled));
        page.getStyleClass().add("page");
        if (!actions.isEmpty()) {
            HBox row = new HBox();
            row.getStyleClass().add("actions");
            row.getChildren().addAll(actions);
            row.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            Ui.shareWidth(row);
            page.getChildren().add(row);
        }
        return page;
    }

    /** The panel that scrolls, with its cue; touch panning works as well as the scroll bar. */
    private static Node scrolling(VBox content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.getStyleClass().add("page-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setPannable(true);
        scroll.setFocusTraversable(false);
        Label more = new Label("\u25BC");
        more.getStyleClass().add("scroll-cue");
        more.setMouseTransparent(true);
        more.setVisible(false);
        InvalidationListener cue = o -> more.setVisible(
            content.getHeight() > scroll.getViewportBounds().getHeight() + 1 && scroll.getVvalue() < scroll.getVmax());
        scroll.vvalueProperty().addListener(cue);
        scroll.viewportBoundsProperty().addListener(cue);
        content.heightProperty().addListener(cue);
        StackPane panel = new StackPane(scroll, more);
        StackPane.setAlignment(more, Pos.BOTTOM_RIGHT);
        panel.getStyleClass().add("page-panel");
        VBox.setVgrow(panel, Priority.ALWAYS);
        return panel;
    }
}
