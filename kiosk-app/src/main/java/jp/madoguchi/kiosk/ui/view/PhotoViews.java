package jp.madoguchi.kiosk.ui.view;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import jp.madoguchi.kiosk.flow.FlowEvent;
import jp.madoguchi.kiosk.ui.KioskViewModel;
import jp.madoguchi.kiosk.ui.model.ScreenModel;

/**
 * The live camera view with its framing guide (oval, crown and chin lines), the one instruction
 * and the capture countdown; and the review: the cropped photo to confirm, or the refused photo
 * with its problem marked.
 */
final class PhotoViews {
    /** The preview's height on screen; its width follows the 35:45 photo frame. */
    static final double FRAME_HEIGHT = 500;
    static final double FRAME_WIDTH = FRAME_HEIGHT * 35 / 45;
    /** Guide colours: white while coaching, green once every check passes (the text says so too). */
    private static final Color COACHING = Color.WHITE;
    private static final Color PASSING = Color.web("#1f9d55");

    private PhotoViews() {
    }

    static Node live(ScreenModel.Photo m, KioskViewModel vm) {
        ImageView live = photoView();
        LiveFrames.show(live, vm.liveFrame());
        StackPane frame = framed(live);
        Color guide = m.passing() ? PASSING : COACHING;
        frame.getChildren().addAll(faceGuide(guide), guideLine(45 - 4, guide), guideLine(45 - 4 - 34, guide));
        VBox side = new VBox(32);
        m.instruction().ifPresent(i -> side.getChildren().add(m.passing() ? Ui.text(i, "title") : Ui.notice(i)));
        m.countdown().ifPresent(c -> side.getChildren().add(Ui.text(c, "title")));
        side.getChildren().add(Ui.text(m.hint(), "hint"));
        return Page.of(m.title(), null, List.of(row(frame, side)),
            List.of(Ui.button(m.take(), "primary", () -> vm.send(new FlowEvent.TakePhoto()))));
    }

    static Node review(ScreenModel.Review m, KioskViewModel vm) {
        if (m.refusal().isPresent()) {
            return refused(m, m.refusal().get(), vm);
        }
        ImageView photo = photoView();
        m.photo().map(Ui::toFx).ifPresent(photo::setImage);
        VBox side = new VBox(32, Ui.text(m.hint(), "hint"));
        return Page.of(m.title(), null, List.of(row(framed(photo), side)),
            List.of(Ui.button(m.accept(), "primary", () -> vm.send(new FlowEvent.AcceptPhoto())),
                Ui.button(m.retake(), "secondary", () -> vm.send(new FlowEvent.Retake()))));
    }

    private static Node refused(ScreenModel.Review m, ScreenModel.Refusal r, KioskViewModel vm) {
        VBox side = new VBox(28, Ui.notice(r.problem()), Ui.text(r.advice(), "hint"), Ui.text(r.marked(), "detail"));
        List<Node> actions = new ArrayList<>();
        actions.add(Ui.button(m.retake(), "primary", () -> vm.send(new FlowEvent.Retake())));
        r.staffOffer().ifPresent(offer -> side.getChildren().add(Ui.text(offer, "hint")));
        r.callStaff().ifPresent(call -> actions.add(Ui.button(call, "secondary", () -> vm.send(new FlowEvent.CallStaff()))));
        return Page.of(m.title(), null, List.of(row(RefusalMarks.marked(r), side)), actions);
    }

    /** The picture on the left, what to do on the right; the text side takes what width is left. */
    private static HBox row(Node picture, VBox side) {
        side.setMaxWidth(860);
        side.setMinWidth(0);
        HBox.setHgrow(side, javafx.scene.layout.Priority.ALWAYS);
        HBox row = new HBox(64, picture, side);
        row.setAlignment(Pos.CENTER);
        row.setMaxWidth(1500);
        return row;
    }

    /** Shows the middle of the camera image in the photo's 35:45 shape, as the crop will be. */
    static ImageView photoView() {
        ImageView view = new ImageView();
        view.setPreserveRatio(true);
        view.setFitHeight(FRAME_HEIGHT);
        return view;
    }

    static StackPane framed(ImageView image) {
        StackPane frame = new StackPane(image);
        frame.setMinSize(FRAME_WIDTH, FRAME_HEIGHT);
        frame.setMaxSize(FRAME_WIDTH, FRAME_HEIGHT);
        frame.setStyle("-fx-background-color: #2b2f36;");
        frame.setClip(new Rectangle(FRAME_WIDTH, FRAME_HEIGHT));
        return frame;
    }

    /** Where the head goes: an oval sized for a 34 mm head in the 45 mm frame, crown 4 mm down. */
    private static Node faceGuide(Color colour) {
        Ellipse oval = new Ellipse(FRAME_WIDTH * 0.30, FRAME_HEIGHT * 34 / 45 / 2);
        oval.setFill(Color.TRANSPARENT);
        oval.setStroke(colour);
        oval.setStrokeWidth(6);
        oval.getStrokeDashArray().addAll(24.0, 14.0);
        StackPane.setAlignment(oval, Pos.TOP_CENTER);
        oval.setTranslateY(FRAME_HEIGHT * 4 / 45);
        return oval;
    }

    /** A guide line {@code mmFromBottom} above the frame's bottom edge: the chin and crown lines. */
    private static Node guideLine(double mmFromBottom, Color colour) {
        Line line = new Line(0, 0, FRAME_WIDTH * 0.8, 0);
        line.setStroke(colour);
        line.setStrokeWidth(2);
        line.setOpacity(0.8);
        StackPane.setAlignment(line, Pos.TOP_CENTER);
        line.setTranslateY(FRAME_HEIGHT * (45 - mmFromBottom) / 45);
        return line;
    }
}
