package jp.madoguchi.kiosk.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import jp.madoguchi.kiosk.ui.ScreenShots;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The audit catches each kind of problem it is there for (so its passing means something). */
class LayoutAuditSelfTest {
    @BeforeAll
    static void platform() {
        ScreenShots.useHeadlessPlatform();
    }

    @Test
    void eachKindOfProblemIsReported() throws Exception {
        List<String> problems = onFx(() -> {
            Pane screen = new Pane();
            screen.setStyle("-fx-background-color: white;");
            Label cut = new Label("A label far too long for its little box");
            cut.resizeRelocate(10, 10, 80, 30);
            Button outside = new Button("Continue");
            outside.resizeRelocate(700, 10, 200, 60);
            Button tiny = new Button("OK");
            tiny.setStyle("-fx-font-size: 20px;");
            tiny.resizeRelocate(10, 100, 30, 30);
            Label small = new Label("small print");
            small.setStyle("-fx-font-size: 12px;");
            small.resizeRelocate(10, 200, 200, 30);
            Label faint = new Label("faint");
            faint.setStyle("-fx-font-size: 24px;");
            faint.setTextFill(Color.web("#c0c0c0"));
            faint.resizeRelocate(10, 250, 200, 40);
            Button greyedOut = new Button("Print again");
            greyedOut.setStyle("-fx-font-size: 24px; -fx-opacity: 1;");
            greyedOut.setDisable(true);
            greyedOut.resizeRelocate(10, 320, 300, 70);
            Label step = new Label("Step 6 of 7");
            step.setStyle("-fx-font-size: 24px;");
            step.resizeRelocate(500, 450, 200, 40);
            Label badge = new Label("Simulated devices");
            badge.setStyle("-fx-font-size: 24px; -fx-background-color: #ffd23f;");
            badge.resizeRelocate(450, 452, 300, 40);
            screen.getChildren().addAll(cut, outside, tiny, small, faint, greyedOut, step, badge);
            screen.getChildren().forEach(n -> n.setManaged(false)); // keep the sizes given, as a bad layout would
            Scene scene = new Scene(screen, 800, 600);
            screen.applyCss();
            screen.layout();
            return new LayoutAudit(scene.getWidth(), scene.getHeight()).check(screen).problems;
        });
        assertThat(problems).anyMatch(p -> p.contains("A label far too long") && p.contains("is cut"));
        assertThat(problems).anyMatch(p -> p.contains("Continue") && p.contains("outside the screen"));
        assertThat(problems).anyMatch(p -> p.contains("\"OK\"") && p.contains("touch target"));
        assertThat(problems).anyMatch(p -> p.contains("small print") && p.contains("px on the panel"));
        assertThat(problems).anyMatch(p -> p.contains("faint") && p.contains("contrast"));
        assertThat(problems).anyMatch(p -> p.contains("Print again") && p.contains("colour only"));
        assertThat(problems).anyMatch(p -> p.contains("Step 6 of 7") && p.contains("Simulated devices") && p.contains("overlap"));
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(work.call());
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
        });
        return done.get();
    }
}
