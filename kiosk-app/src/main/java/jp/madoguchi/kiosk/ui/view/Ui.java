package jp.madoguchi.kiosk.ui.view;

import java.awt.image.BufferedImage;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import jp.madoguchi.kiosk.text.Ruby;

/** The few building blocks every screen uses, so all screens look and behave alike. */
final class Ui {
    private Ui() {
    }

    /**
     * A piece of text that wraps where its language allows and never truncates: a {@link RubyText}
     * (Japanese by phrase with furigana; Thai and Burmese by dictionary words, which JavaFX's own
     * wrapping measures wrongly).
     */
    static RubyText text(String text, String styleClass) {
        RubyText words = new RubyText(text);
        words.getStyleClass().add(styleClass);
        words.setMaxWidth(Region.USE_PREF_SIZE);
        words.setMaxHeight(Region.USE_PREF_SIZE);
        return words;
    }

    /** A button whose label wraps (never cut) and whose height follows its label. */
    static Button button(String text, String styleClass, Runnable onTap) {
        Button button = new KioskButton(Ruby.plain(text));
        button.getStyleClass().add(styleClass);
        button.setMinHeight(Region.USE_PREF_SIZE);
        button.setOnAction(e -> onTap.run());
        button.setFocusTraversable(false);
        label(button, new RubyText(text));
        return button;
    }

    /** Puts a composed label (furigana, a mark beside the text) in place of the button's text. */
    static void label(Button button, Region graphic) {
        graphic.getStyleClass().add("button-label");
        button.setGraphic(graphic);
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    /**
     * Buttons in a row share its width: none grows past its share, so a long label wraps (and the
     * button grows taller) instead of pushing the row off the screen. A button that needs less than
     * its share (an icon) keeps its own width, and what it leaves goes to the others.
     */
    static void shareWidth(HBox row) {
        row.widthProperty().addListener(o -> {
            List<Button> buttons = new java.util.ArrayList<>(row.getChildren().stream().filter(Button.class::isInstance)
                .map(Button.class::cast).toList());
            double room = row.getWidth() - row.snappedLeftInset() - row.snappedRightInset()
                - row.getSpacing() * (row.getChildren().size() - 1);
            boolean settled = false;
            while (!settled && !buttons.isEmpty()) {
                double share = room / buttons.size();
                settled = true;
                for (Button small : List.copyOf(buttons)) {
                    double wants = small.prefWidth(-1);
                    if (wants <= share) {
                        small.setMaxWidth(Math.max(small.minWidth(-1), wants));
                        room -= wants;
                        buttons.remove(small);
                        settled = false;
                    }
                }
            }
            double share = buttons.isEmpty() ? 0 : room / buttons.size();
            buttons.forEach(b -> b.setMaxWidth(Math.max(b.minWidth(-1), share)));
        });
    }

    /** A large two-line choice: what it is, and a line saying when to pick it. */
    static Button choice(String label, String detail, String styleClass, Runnable onTap) {
        Button button = button(Ruby.plain(label), styleClass, onTap);
        VBox lines = new VBox(4, text(label, "choice-label"), text(detail, "detail"));
        lines.setMinHeight(Region.USE_PREF_SIZE);
        label(button, lines);
        button.setMaxWidth(Double.MAX_VALUE);
        return button;
    }

    /** A warning box: marked with a "!" as well as colour, since colour alone must never carry state. */
    static HBox notice(String message) {
        Label mark = new Label("!");
        mark.getStyleClass().add("notice-mark");
        mark.setMinWidth(Region.USE_PREF_SIZE);
        Region body = text(message, "hint");
        HBox.setHgrow(body, Priority.ALWAYS);
        HBox box = new HBox(24, mark, body);
        box.getStyleClass().add("notice");
        box.setMinHeight(Region.USE_PREF_SIZE);
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
