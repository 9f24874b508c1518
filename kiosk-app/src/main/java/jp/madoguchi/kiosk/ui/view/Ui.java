package jp.madoguchi.kiosk.ui.view;

import java.awt.image.BufferedImage;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The few building blocks every screen uses, so all screens look and behave alike. */
final class Ui {
    private Ui() {
    }

    static Label text(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    static Button button(String text, String styleClass, Runnable onTap) {
        Button button = new Button(text);
        button.getStyleClass().add(styleClass);
        button.setWrapText(true);
        button.setOnAction(e -> onTap.run());
        button.setFocusTraversable(false);
        return button;
    }

    /** A large two-line choice: what it is, and a line saying when to pick it. */
    static Button choice(String label, String detail, String styleClass, Runnable onTap) {
        Button button = button("", styleClass, onTap);
        Label main = text(label, "choice-label");
        main.setStyle("-fx-font-size: 34px; -fx-font-weight: bold; -fx-text-fill: #0b3d91;");
        Label sub = text(detail, "detail");
        VBox lines = new VBox(4, main, sub);
        button.setGraphic(lines);
        button.setMaxWidth(Double.MAX_VALUE);
        return button;
    }

    /** A warning box: marked with a "!" as well as colour, since colour alone must never carry state. */
    static HBox notice(String message) {
        Label mark = text("!", "notice-mark");
        Label body = text(message, "hint");
        HBox.setHgrow(body, Priority.ALWAYS);
        HBox box = new HBox(24, mark, body);
        box.getStyleClass().add("notice");
        return box;
    }

    static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        VBox.setVgrow(r, Priority.ALWAYS);
        return r;
    }

    /** Copies pixels into a JavaFX image (javafx-swing's SwingFXUtils would be a whole module for this). */
    static Image toFx(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return fx;
    }
}
