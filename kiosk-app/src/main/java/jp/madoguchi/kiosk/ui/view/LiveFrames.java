package jp.madoguchi.kiosk.ui.view;

import java.awt.image.BufferedImage;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Shows the camera's live frames in an image view. One image and one pixel buffer are reused
 * while the frame size holds, so 25 frames a second do not each allocate megabytes on the
 * JavaFX thread. The frame source only holds the view weakly: screens are rebuilt, the view
 * model stays.
 */
final class LiveFrames {
    private final ImageView view;
    private WritableImage image;
    private int[] pixels = new int[0];

    private LiveFrames(ImageView view) {
        this.view = view;
    }

    static void show(ImageView view, ObservableValue<BufferedImage> frames) {
        LiveFrames live = new LiveFrames(view);
        ChangeListener<BufferedImage> onFrame = (obs, was, now) -> live.draw(now);
        view.getProperties().put(LiveFrames.class, onFrame); // the view keeps its own listener alive
        frames.addListener(new WeakChangeListener<>(onFrame));
        live.draw(frames.getValue());
    }

    private void draw(BufferedImage frame) {
        if (frame == null) {
            view.setImage(null);
            return;
        }
        int w = frame.getWidth();
        int h = frame.getHeight();
        if (image == null || image.getWidth() != w || image.getHeight() != h) {
            image = new WritableImage(w, h);
            pixels = new int[w * h];
        }
        frame.getRGB(0, 0, w, h, pixels, 0, w);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        if (view.getImage() != image) {
            view.setImage(image);
        }
    }
}
