package jp.madoguchi.kiosk.ui.view;

import java.util.ArrayList;
import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import jp.madoguchi.kiosk.text.LineBreaks;
import jp.madoguchi.kiosk.text.Ruby;

/**
 * The kiosk's text node, for every language: it wraps only where the language allows a line
 * break ({@link LineBreaks}: Japanese by phrase, never inside a word; Thai and Burmese by dictionary
 * words; Korean by word) and draws furigana above each annotated kanji run (Aozora ruby notation,
 * {@link Ruby}). JavaFX's own wrapping breaks Japanese between any two characters and measures
 * Thai lines wrongly (a first line that runs past its box), so each unbreakable piece is its own
 * {@link Text}, shaped by JavaFX and placed here. Styled like a label: it carries the {@code label}
 * style class and takes {@code -fx-font}, {@code -fx-text-fill}, {@code -fx-line-spacing} and
 * {@code -fx-text-alignment} from CSS. It never truncates; a single piece wider than the whole
 * line is reported by {@link #overflows()} (the layout audit fails on it).
 */
public final class RubyText extends Region {
    /** Furigana size relative to the base text (JIS X 4051 uses half; a little more reads better on a panel). */
    static final double READING_SCALE = 0.55;

    private static final StyleablePropertyFactory<RubyText> STYLES = new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    private final StyleableObjectProperty<Font> font =
        (StyleableObjectProperty<Font>) STYLES.createStyleableFontProperty(this, "font", "-fx-font", r -> r.font, Font.getDefault(), true);
    private final StyleableObjectProperty<Paint> textFill =
        (StyleableObjectProperty<Paint>) STYLES.createStyleablePaintProperty(this, "textFill", "-fx-text-fill", r -> r.textFill, Color.web("#1a1a1c"), false);
    private final StyleableObjectProperty<Number> lineSpacing = (StyleableObjectProperty<Number>)
        STYLES.createStyleableNumberProperty(this, "lineSpacing", "-fx-line-spacing", r -> r.lineSpacing, 0, false);
    private final StyleableObjectProperty<TextAlignment> alignment = (StyleableObjectProperty<TextAlignment>) STYLES.createStyleableEnumProperty(this,
        "textAlignment", "-fx-text-alignment", r -> r.alignment, TextAlignment.class, TextAlignment.LEFT, true);

    private final String notation;
    private final String plain;
    /** Pieces a line may not break inside; each a list of boxes (a base and maybe its reading). */
    private final List<List<RubyBox>> pieces = new ArrayList<>();
    private boolean overflows;

    RubyText(String notation) {
        getStyleClass().addAll("label", "ruby-text");
        this.notation = notation;
        this.plain = Ruby.plain(notation);
        split();
        font.addListener((obs, was, now) -> restyle());
        textFill.addListener((obs, was, now) -> restyle());
        alignment.addListener((obs, was, now) -> requestLayout());
        lineSpacing.addListener((obs, was, now) -> requestLayout());
        restyle();
    }

    /** The text without furigana: what a label would show, for look-ups and the layout audit. */
    public String getText() {
        return plain;
    }

    /** Whether the last layout had to draw a line wider than the room it was given. */
    public boolean overflows() {
        return overflows;
    }

    /** The furigana drawn, in order (for tests and the audit). */
    public List<Text> readings() {
        return pieces.stream().flatMap(List::stream).filter(b -> b.reading != null).map(b -> b.reading).toList();
    }

    /** One box per segment, grouped in the pieces a line may not break inside. */
    private void split() {
        for (List<Ruby.Segment> piece : LineBreaks.segmentPieces(notation)) {
            List<RubyBox> boxes = piece.stream().map(s -> new RubyBox(s.base(), s.hasReading() ? s.reading() : null)).toList();
            for (int i = 0; i < boxes.size(); i++) {
                RubyBox box = boxes.get(i);
                box.overhangLeft = i > 0 && boxes.get(i - 1).reading == null && !boxes.get(i - 1).trailingSpace;
                box.overhangRight = i + 1 < boxes.size() && boxes.get(i + 1).reading == null && !box.trailingSpace;
                if (box.reading != null) {
                    getChildren().add(box.reading);
                }
                getChildren().add(box.base);
            }
            pieces.add(boxes);
        }
    }

    private void restyle() {
        pieces.forEach(piece -> piece.forEach(box -> box.style(font.get(), textFill.get())));
        requestLayout();
    }

    /** The height furigana take above each line (none for a text without them). */
    private double readingBand() {
        return pieces.stream().flatMap(List::stream).filter(b -> b.reading != null).findFirst()
            .map(b -> Math.ceil(b.reading.getLayoutBounds().getHeight() * 0.9)).orElse(0.0);
    }

    private double lineHeight() {
        double tallest = 0;
        for (List<RubyBox> piece : pieces) {
            for (RubyBox box : piece) {
                tallest = Math.max(tallest, box.base.getLayoutBounds().getHeight());
            }
        }
        return readingBand() + tallest + lineSpacing.get().doubleValue();
    }

    private static double width(List<RubyBox> piece) {
        double w = 0;
        for (int i = 0; i < piece.size(); i++) {
            w += i == piece.size() - 1 ? piece.get(i).width() : piece.get(i).advance();
        }
        return w;
    }

    /** Lines as lists of piece indexes for the given width: as many whole pieces as fit. */
    private List<List<Integer>> lines(double room) {
        List<List<Integer>> lines = new ArrayList<>();
        List<Integer> line = new ArrayList<>();
        double used = 0;
        for (int i = 0; i < pieces.size(); i++) {
            List<RubyBox> piece = pieces.get(i);
            if (!line.isEmpty() && used + width(piece) > room + 0.5) {
                lines.add(line);
                line = new ArrayList<>();
                used = 0;
            }
            line.add(i);
            used += piece.stream().mapToDouble(RubyBox::advance).sum();
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private double lineWidth(List<Integer> line) {
        double w = 0;
        for (int k = 0; k < line.size(); k++) {
            List<RubyBox> piece = pieces.get(line.get(k));
            w += k == line.size() - 1 ? width(piece) : piece.stream().mapToDouble(RubyBox::advance).sum();
        }
        return w;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        List<Integer> all = java.util.stream.IntStream.range(0, pieces.size()).boxed().toList();
        return snapSizeX(lineWidth(all) + 1) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        double widest = pieces.stream().mapToDouble(RubyText::width).max().orElse(0);
        return snapSizeX(widest + 1) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double room = width < 0 ? Double.MAX_VALUE : width - snappedLeftInset() - snappedRightInset();
        return snapSizeY(lines(room).size() * lineHeight()) + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double room = getWidth() - snappedLeftInset() - snappedRightInset();
        double lineHeight = lineHeight();
        double band = readingBand();
        List<List<Integer>> lines = lines(room);
        double inside = getHeight() - snappedTopInset() - snappedBottomInset();
        // taller than its text (a button's label area): the text sits in the middle
        double y = snappedTopInset() + Math.max(0, (inside - lines.size() * lineHeight) / 2);
        overflows = false;
        for (List<Integer> line : lines) {
            double used = lineWidth(line);
            overflows |= used > room + 0.5;
            double x = snappedLeftInset() + switch (alignment.get()) {
                case CENTER -> Math.max(0, (room - used) / 2);
                case RIGHT -> Math.max(0, room - used);
                default -> 0;
            };
            double lineStart = x;
            for (int index : line) {
                for (RubyBox box : pieces.get(index)) {
                    box.place(x, y, band, lineStart);
                    x += box.advance();
                }
            }
            y += lineHeight;
        }
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return STYLES.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }
}
