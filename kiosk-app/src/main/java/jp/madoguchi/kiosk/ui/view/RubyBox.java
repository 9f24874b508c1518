package jp.madoguchi.kiosk.ui.view;

import javafx.geometry.VPos;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * One run of a {@link RubyText}: its base text (without a trailing space) and, for an annotated
 * word, the furigana centred above it. Furigana may overhang a kana neighbour in the same phrase by
 * up to one furigana character, half an em (JIS X 4051), never another word's furigana or a space.
 */
final class RubyBox {
    final Text base;
    final Text reading;
    final boolean trailingSpace;
    boolean overhangLeft;
    boolean overhangRight;
    private double spaceWidth;

    RubyBox(String text, String furigana) {
        trailingSpace = text.endsWith(" ") || text.endsWith("\u3000");
        base = new Text(trailingSpace ? text.stripTrailing() : text);
        base.setTextOrigin(VPos.TOP);
        reading = furigana == null ? null : new Text(furigana);
        if (reading != null) {
            reading.setTextOrigin(VPos.TOP);
            reading.getStyleClass().add("ruby-reading");
        }
    }

    void style(Font font, Paint fill) {
        base.setFont(font);
        base.setFill(fill);
        Text space = new Text(" ");
        space.setFont(font);
        spaceWidth = space.getLayoutBounds().getWidth();
        if (reading != null) {
            FontWeight weight = font.getStyle().toLowerCase().contains("bold") ? FontWeight.BOLD : FontWeight.NORMAL;
            reading.setFont(Font.font(font.getFamily(), weight, font.getSize() * RubyText.READING_SCALE));
            reading.setFill(fill);
        }
    }

    private double overhang() {
        return base.getFont().getSize() * 0.5;
    }

    /** Ink width: what must fit at the end of a line. */
    double width() {
        double b = base.getLayoutBounds().getWidth();
        return reading == null ? b : Math.max(b, reading.getLayoutBounds().getWidth());
    }

    /** The box's own width: the base, or the reading where it is longer, less what it may overhang. */
    double own() {
        double b = base.getLayoutBounds().getWidth();
        return reading == null ? b : Math.max(b, reading.getLayoutBounds().getWidth()
            - (overhangLeft ? overhang() : 0) - (overhangRight ? overhang() : 0));
    }

    /** Where the next box starts: its own width plus the space after it. */
    double advance() {
        return own() + (trailingSpace ? spaceWidth : 0);
    }

    /** Places the box at {@code x}, its base {@code band} below {@code y}; furigana never start before {@code lineStart}. */
    void place(double x, double y, double band, double lineStart) {
        double own = own();
        base.relocate(x + (own - base.getLayoutBounds().getWidth()) / 2, y + band);
        if (reading != null) {
            double w = reading.getLayoutBounds().getWidth();
            double left = Math.max(lineStart, x - (overhangLeft ? overhang() : 0));
            double right = x + own + (overhangRight ? overhang() : 0) - w;
            reading.relocate(Math.max(left, Math.min(right, x + (own - w) / 2)), y + band - reading.getLayoutBounds().getHeight() * 0.9);
        }
    }
}
