package jp.madoguchi.kiosk.ui.view;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;

/**
 * A button whose label is a node that wraps ({@link RubyText}, or a check beside words): JavaFX's
 * button asks its graphic for one height whatever the width, so a label wrapping to two lines
 * would spill over the border. This one asks for the height at the width it has, and grows.
 */
final class KioskButton extends Button {
    KioskButton(String text) {
        super(text);
    }

    @Override
    public Orientation getContentBias() {
        return getGraphic() == null ? super.getContentBias() : Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        Node label = getGraphic();
        if (label == null || width < 0) {
            return super.computePrefHeight(width);
        }
        double inside = width - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + label.prefHeight(Math.max(0, inside)) + snappedBottomInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        Node label = getGraphic();
        return label == null ? super.computePrefWidth(height)
            : snappedLeftInset() + label.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        Node label = getGraphic();
        return label == null ? super.computeMinWidth(height)
            : snappedLeftInset() + label.minWidth(-1) + snappedRightInset();
    }
}
