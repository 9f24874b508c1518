package jp.madoguchi.kiosk.ui.view;

import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import jp.madoguchi.kiosk.flow.FlowEvent;
import jp.madoguchi.kiosk.ui.KioskViewModel;

/**
 * The staff corner: holding a finger on the screen's top-left corner for {@link #HOLD} opens staff
 * sign-in (for staff without a badge at hand). A shorter tap there is an ordinary tap. Presses in
 * the corner reach nothing beneath it, so holding it never starts or changes a resident's step.
 */
final class StaffCorner {
    /** The corner's size in the 1920 x 1080 layout: about 3 cm on the panel, easy to find, hard to hit by chance. */
    static final double SIZE = 120;
    static final Duration HOLD = Duration.seconds(3);

    private StaffCorner() {
    }

    static boolean contains(MouseEvent e) {
        return e.getX() >= 0 && e.getY() >= 0 && e.getX() < SIZE && e.getY() < SIZE;
    }

    static void install(Region root, KioskViewModel vm) {
        PauseTransition timer = new PauseTransition(HOLD);
        timer.setOnFinished(e -> vm.send(new FlowEvent.StaffCorner()));
        boolean[] holding = {false};
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (contains(e)) {
                holding[0] = true;
                timer.playFromStart();
                e.consume();
            }
        });
        root.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (holding[0] && !contains(e)) {
                holding[0] = false; // slid away: not a hold, and not a tap either
                timer.stop();
            }
        });
        root.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (holding[0]) {
                holding[0] = false;
                if (timer.getStatus() == Animation.Status.RUNNING) {
                    timer.stop();
                    vm.send(new FlowEvent.Touch()); // a short tap in the corner is an ordinary tap
                }
                e.consume();
            }
        });
        root.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (contains(e)) {
                e.consume();
            }
        });
    }
}
