package jp.madoguchi.kiosk.ui.view;

import java.awt.image.BufferedImage;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.Rectangle;
import jp.madoguchi.kiosk.flow.FlowEvent;
import jp.madoguchi.kiosk.ui.KioskViewModel;
import jp.madoguchi.kiosk.ui.model.ScreenModel;

/** The live camera view with its face guide, and the review of the photo just taken. */
final class PhotoViews {
    /** The preview's height on screen; its width follows the 35:45 photo frame. */
    private static final double FRAME_HEIGHT = 600;
    private static final double FRAME_WIDTH = FRAME_HEIGHT * 35 / 45;

    private PhotoViews() {
    }

    static Node live(ScreenModel.Photo m, KioskViewModel vm) {
        ImageView live = photoView();
        live.imageProperty().bind(Bindings.createObjectBinding(
            () -> vm.liveFrame().get() == null ? null : Ui.toFx(vm.liveFrame().get()), vm.liveFrame()));
        StackPane frame = framed(live);
        frame.getChildren().add(faceGuide());
        VBox side = new VBox(32, Ui.text(m.hint(), "hint"), Ui.button(m.take(), "primary", () -> vm.send(new FlowEvent.TakePhoto())));
        side.setMaxWidth(760);
        HBox row = new HBox(64, frame, side);
        row.setAlignment(Pos.CENTER);
        return ChoiceViews.page(m.title(), null, row);
    }

    static Node review(ScreenModel.Review m, KioskViewModel vm) {
        ImageView photo = photoView();
        m.photo().map(PhotoViews::toFx).ifPresent(photo::setImage);
        VBox side = new VBox(32, Ui.text(m.hint(), "hint"),
            Ui.button(m.accept(), "primary", () -> vm.send(new FlowEvent.AcceptPhoto())),
            Ui.button(m.retake(), "secondary", () -> vm.send(new FlowEvent.Retake())));
        side.setMaxWidth(760);
        HBox row = new HBox(64, framed(photo), side);
        row.setAlignment(Pos.CENTER);
        return ChoiceViews.page(m.title(), null, row);
    }

    private static javafx.scene.image.Image toFx(BufferedImage image) {
        return Ui.toFx(image);
    }

    /** Shows the middle of the camera image in the photo's 35:45 shape, as the crop will be. */
    private static ImageView photoView() {
        ImageView view = new ImageView();
        view.setPreserveRatio(true);
        view.setFitHeight(FRAME_HEIGHT);
        return view;
    }

    private static StackPane framed(ImageView image) {
        StackPane frame = new StackPane(image);
        frame.setMinSize(FRAME_WIDTH, FRAME_HEIGHT);
        frame.setMaxSize(FRAME_WIDTH, FRAME_HEIGHT);
        frame.setStyle("-fx-background-color: #2b2f36;");
        frame.setClip(new Rectangle(FRAME_WIDTH, FRAME_HEIGHT));
        return frame;
    }

    /** Where the head goes: an oval sized for a 32-36 mm head in the 45 mm frame. */
    private static Node faceGuide() {
        Ellipse oval = new Ellipse(FRAME_WIDTH * 0.32, FRAME_HEIGHT * 0.38);
        oval.setFill(Color.TRANSPARENT);
        oval.setStroke(Color.WHITE);
        oval.setStrokeWidth(6);
        oval.getStrokeDashArray().addAll(24.0, 14.0);
        StackPane.setAlignment(oval, Pos.CENTER);
        return oval;
    }
}
