package jp.madoguchi.kiosk.ui.view;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import jp.madoguchi.kiosk.ui.model.PhotoMarks;
import jp.madoguchi.kiosk.ui.model.ScreenModel;

/**
 * The refused photo with its problem drawn on it: lines for framing and pose, a box around the
 * eyes, hatched-looking translucent areas over the background, a box around the face. Marks are
 * in the photo's pixels and scaled with it.
 */
final class RefusalMarks {
    private static final Color MARK = Color.web("#e0301e");

    private RefusalMarks() {
    }

    static Node marked(ScreenModel.Refusal r) {
        double w = r.photo().getWidth();
        double h = r.photo().getHeight();
        double k = Math.min(PhotoViews.FRAME_HEIGHT / h, 900 / w);
        ImageView view = new ImageView(Ui.toFx(r.photo()));
        view.setFitWidth(w * k);
        view.setFitHeight(h * k);
        Group marks = new Group();
        marks.getChildren().add(new Rectangle(w * k, h * k, Color.TRANSPARENT)); // keeps the group the photo's size
        for (PhotoMarks.Mark m : r.marks()) {
            Rectangle shape = new Rectangle(m.x() * k, m.y() * k, Math.max(3, m.width() * k), Math.max(3, m.height() * k));
            if (m.kind() == PhotoMarks.Kind.BACKGROUND) {
                shape.setFill(MARK.deriveColor(0, 1, 1, 0.28));
                shape.setStroke(MARK);
            } else if (m.kind() == PhotoMarks.Kind.LINE) {
                shape.setFill(MARK);
            } else {
                shape.setFill(Color.TRANSPARENT);
                shape.setStroke(MARK);
                shape.setStrokeWidth(5);
            }
            marks.getChildren().add(shape);
        }
        StackPane photo = new StackPane(view, marks);
        photo.setMaxSize(w * k, h * k);
        return photo;
    }
}
