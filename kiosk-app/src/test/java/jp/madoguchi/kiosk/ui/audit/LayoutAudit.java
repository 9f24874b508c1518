package jp.madoguchi.kiosk.ui.audit;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.text.Text;
import jp.madoguchi.kiosk.ui.view.KioskRoot;
import jp.madoguchi.kiosk.ui.view.RubyText;

/**
 * Checks one laid-out screen the way a resident would notice problems: anything outside the
 * panel, text cut or ellipsised or spilling out of its box, touch targets under 44 px, text under
 * 20 px on the panel (furigana: 11 px), text contrast under 4.5:1, a disabled button told from an
 * enabled one by colour alone, and a panel that scrolls without showing that there is more.
 * Returns one line per problem; the bars' heights are reported for comparing screens.
 */
final class LayoutAudit {
    static final double MIN_TARGET = 44;
    static final double MIN_TEXT = 20;
    static final double MIN_READING = 11;
    static final double MIN_CONTRAST = 4.5;

    private final double width;
    private final double height;
    final List<String> problems = new ArrayList<>();
    /** Every text drawn (outside the idle warning), where it lands on the screen: for {@link #overlaps()}. */
    private final List<Placed> texts = new ArrayList<>();
    double topBar = -1;
    double bottomBar = -1;

    LayoutAudit(double width, double height) {
        this.width = width;
        this.height = height;
    }

    LayoutAudit check(Parent root) {
        walk(root, false, null);
        overlaps();
        return this;
    }

    /**
     * Words drawn over other words: a mark, badge or bar laid over the screen that hides part of
     * it. The idle warning is left out, as it covers the screen on purpose.
     */
    private void overlaps() {
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                Bounds a = texts.get(i).bounds();
                Bounds b = texts.get(j).bounds();
                double across = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
                double down = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
                // a text's box includes its line's leading, so furigana's box reaches into its base
                // line's box by a few pixels: a third of the smaller box is what hides words
                double smaller = Math.min(a.getWidth() * a.getHeight(), b.getWidth() * b.getHeight());
                if (across > 0 && down > 0 && across * down > smaller / 3) {
                    problems.add(describe(texts.get(i).text()) + " and " + describe(texts.get(j).text()) + " overlap at "
                        + bounds(a) + " and " + bounds(b));
                }
            }
        }
    }

    private record Placed(Text text, Bounds bounds) {
    }

    private static boolean inIdleWarning(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("overlay")) {
                return true;
            }
        }
        return false;
    }

    private void walk(Node node, boolean clipped, ScrollPane scroller) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        Bounds b = node.localToScene(node.getBoundsInLocal());
        boolean empty = b.getWidth() <= 0 || b.getHeight() <= 0;
        if (!empty && !clipped && outside(b, scroller)) {
            problems.add(describe(node) + " is outside the " + (scroller == null ? "screen" : "scrolling panel") + " at "
                + bounds(b) + (Boolean.getBoolean("audit.debug") ? chain(node) : ""));
        }
        if (node.getStyleClass().contains("top-bar")) {
            topBar = b.getHeight();
        } else if (node.getStyleClass().contains("bottom-bar")) {
            bottomBar = b.getHeight();
        }
        if (node instanceof Button button) {
            target(button, b);
        }
        if (node instanceof Labeled labeled) {
            truncation(labeled);
        }
        if (node instanceof RubyText ruby) {
            if (ruby.overflows() || ruby.getHeight() + 0.5 < ruby.prefHeight(ruby.getWidth())) {
                problems.add(describe(node) + " is cut (a line or its height does not fit)");
            }
        }
        if (node instanceof Text text && !text.getText().isBlank()) {
            text(text, b);
            if (!clipped && !inIdleWarning(text)) {
                texts.add(new Placed(text, text.localToScene(text.getLayoutBounds())));
            }
        }
        if (node instanceof ScrollPane scroll) {
            cue(scroll);
        }
        if (node instanceof Parent parent) {
            // Below a clip of its own (the camera frame) a node may reach outside: the clip shows only its part.
            boolean clips = clipped || node.getClip() != null && !(node instanceof KioskRoot);
            ScrollPane inside = node instanceof ScrollPane s ? s : scroller;
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, clips, inside);
            }
        }
    }

    private boolean outside(Bounds b, ScrollPane scroller) {
        double tolerance = 1;
        if (b.getMinX() < -tolerance || b.getMaxX() > width + tolerance) {
            return true;
        }
        if (scroller != null) {
            Bounds view = scroller.localToScene(scroller.getBoundsInLocal());
            // In a scrolling panel content may be above or below the view (it scrolls), never beside it.
            return b.getMinX() < view.getMinX() - tolerance || b.getMaxX() > view.getMaxX() + tolerance;
        }
        return b.getMinY() < -tolerance || b.getMaxY() > height + tolerance;
    }

    private void target(Button button, Bounds b) {
        if (b.getWidth() < MIN_TARGET || b.getHeight() < MIN_TARGET) {
            problems.add(describe(button) + " is a touch target of " + Math.round(b.getWidth()) + "x" + Math.round(b.getHeight())
                + " px (at least 44x44)");
        }
        if (button.isDisabled() && !distinctWhenDisabled(button)) {
            problems.add(describe(button) + " differs from its enabled look by colour only");
        }
    }

    private void truncation(Labeled labeled) {
        if (labeled.getContentDisplay() == javafx.scene.control.ContentDisplay.GRAPHIC_ONLY || labeled.getText().isEmpty()) {
            if (labeled.getGraphic() != null && labeled.getGraphic().isVisible()) {
                Bounds g = labeled.getGraphic().localToScene(labeled.getGraphic().getBoundsInLocal());
                Bounds own = labeled.localToScene(labeled.getBoundsInLocal());
                if (g.getMaxX() > own.getMaxX() + 1 || g.getMaxY() > own.getMaxY() + 1 || g.getMinY() < own.getMinY() - 1
                    || g.getMinX() < own.getMinX() - 1) {
                    problems.add(describe(labeled) + " has a label that spills over its border");
                }
            }
            return;
        }
        Text shown = (Text) labeled.lookup(".text");
        if (shown != null && !shown.getText().equals(labeled.getText())) {
            problems.add(describe(labeled) + " is cut to \"" + shown.getText() + "\"");
        }
    }

    private void text(Text text, Bounds b) {
        double scale = text.getLocalToSceneTransform().getMxx();
        double px = text.getFont().getSize() * scale;
        boolean reading = text.getStyleClass().contains("ruby-reading");
        double floor = reading ? MIN_READING : MIN_TEXT;
        if (px < floor - 0.01) {
            problems.add(describe(text) + " is " + String.format("%.1f", px) + " px on the panel (at least " + floor + ")");
        }
        Region box = owner(text);
        if (box != null && !(box instanceof ScrollPane)) {
            Bounds own = box.localToScene(box.getBoundsInLocal());
            if (b.getMaxX() > own.getMaxX() + 1.5 || b.getMaxY() > own.getMaxY() + 1.5 || b.getMinX() < own.getMinX() - 1.5
                || b.getMinY() < own.getMinY() - 1.5) {
                problems.add(describe(text) + " spills out of its " + box.getClass().getSimpleName() + " (" + bounds(b) + " in "
                    + bounds(own) + ")");
            }
        }
        if (text.getFill() instanceof Color fg) {
            double alpha = fg.getOpacity();
            for (Node n = text; n != null; n = n.getParent()) {
                alpha *= n.getOpacity();
            }
            for (Color bg : background(text)) {
                Color seen = blend(fg, alpha, bg);
                double ratio = contrast(seen, bg);
                if (ratio < MIN_CONTRAST) {
                    problems.add(describe(text) + String.format(" has contrast %.2f:1 (%s on %s)", ratio, seen, bg));
                    break;
                }
            }
        }
    }

    private void cue(ScrollPane scroll) {
        Node content = scroll.getContent();
        if (content == null) {
            return;
        }
        boolean more = content.getLayoutBounds().getHeight() > scroll.getViewportBounds().getHeight() + 1;
        Node cue = scroll.getParent() == null ? null : scroll.getParent().lookup(".scroll-cue");
        if (more && scroll.getVvalue() < scroll.getVmax() && (cue == null || !cue.isVisible())) {
            problems.add(describe(scroll) + " has more below but shows no cue");
        }
    }

    /** A disabled button must differ in shape (border style or width, a mark, its words), not colour alone. */
    private static boolean distinctWhenDisabled(Button button) {
        String disabled = shape(button);
        button.setDisable(false);
        button.applyCss();
        String enabled = shape(button);
        button.setDisable(true);
        button.applyCss();
        return !disabled.equals(enabled);
    }

    private static String shape(Button button) {
        StringBuilder s = new StringBuilder(button.getText()).append('|').append(button.getGraphic() != null);
        if (button.getBorder() != null) {
            for (BorderStroke stroke : button.getBorder().getStrokes()) {
                s.append('|').append(stroke.getTopStyle().getDashArray()).append(stroke.getWidths());
            }
        }
        return s.toString();
    }

    /** The nearest region the text belongs to: its label, a RubyText, or the box around a plain Text. */
    private static Region owner(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Region r) {
                return r;
            }
        }
        return null;
    }

    /** The colours behind a node: the nearest painted background (every stop of a gradient). */
    static List<Color> background(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Region r) {
                Background bg = r.getBackground();
                if (bg != null && !bg.getFills().isEmpty()) {
                    BackgroundFill top = bg.getFills().get(bg.getFills().size() - 1);
                    List<Color> colours = colours(top.getFill());
                    if (!colours.isEmpty() && colours.stream().allMatch(c -> c.getOpacity() > 0.99)) {
                        return colours;
                    }
                }
            }
        }
        return List.of(Color.WHITE);
    }

    private static List<Color> colours(Paint paint) {
        if (paint instanceof Color c) {
            return List.of(c);
        } else if (paint instanceof LinearGradient g) {
            return g.getStops().stream().map(Stop::getColor).toList();
        }
        return List.of();
    }

    private static Color blend(Color fg, double alpha, Color bg) {
        return new Color(fg.getRed() * alpha + bg.getRed() * (1 - alpha), fg.getGreen() * alpha + bg.getGreen() * (1 - alpha),
            fg.getBlue() * alpha + bg.getBlue() * (1 - alpha), 1);
    }

    /** WCAG 2 contrast ratio. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static String describe(Node node) {
        String text = node instanceof Labeled l ? l.getText() : node instanceof Text t ? t.getText()
            : node instanceof RubyText r ? r.getText() : "";
        text = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return node.getClass().getSimpleName() + node.getStyleClass() + (text.isEmpty() ? "" : " \"" + text.replace('\n', ' ') + "\"");
    }

    /** For fixing: each ancestor's min, pref and actual width. */
    private static String chain(Node node) {
        StringBuilder s = new StringBuilder();
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Region r) {
                s.append(String.format("%n    %s min %.0f pref %.0f width %.0f", describe(r), r.minWidth(-1), r.prefWidth(-1),
                    r.getWidth()));
            }
        }
        return s.toString();
    }

    private static String bounds(Bounds b) {
        return String.format("(%.0f,%.0f)-(%.0f,%.0f)", b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY());
    }
}
