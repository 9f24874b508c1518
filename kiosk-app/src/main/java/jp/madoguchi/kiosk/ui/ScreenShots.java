package jp.madoguchi.kiosk.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import jp.madoguchi.kiosk.flow.FlowSnapshot;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.kiosk.ui.view.KioskRoot;

/**
 * Renders screens to PNG at the panel's 1920x1080 without a display (Monocle's headless
 * platform), for the reference panel in docs and for looking at every screen in every language.
 */
public final class ScreenShots {
    private ScreenShots() {
    }

    /** Must run before anything else touches JavaFX in this JVM. */
    public static void useHeadlessPlatform() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // JavaFX is up already (a test JVM that ran UI tests first): render with it.
        }
    }

    /**
     * Writes {@code dir/<screen>-<lang>.png} for each sample screen and language (the staff screens
     * for en and ja, the staff languages) at a panel of {@code width} x {@code height}, and returns
     * the files; with {@code pseudo} also each screen in pseudo-localised tall scripts
     * ({@code <screen>-pseudo-<lang>.png}, see {@link PseudoWording}).
     */
    public static List<Path> render(Path dir, List<Language> languages, SampleScreens samples, boolean pseudo,
                                    double width, double height) throws Exception {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (Language language : languages) {
            List<SampleScreens.Sample> screens = new ArrayList<>(samples.all(language));
            if (language == Language.ENGLISH || language == Language.EASY_JAPANESE) {
                screens.addAll(samples.staff(language == Language.ENGLISH ? "en" : "ja")); // staff screens: en and ja only
            }
            for (SampleScreens.Sample sample : screens) {
                Path file = dir.resolve(sample.name() + "-" + language.code() + ".png");
                ImageIO.write(snapshot(sample.snapshot(), sample.liveFrame(), null, width, height), "png", file.toFile());
                written.add(file);
            }
        }
        for (PseudoWording wording : pseudo ? PseudoWording.tallAndLong() : List.<PseudoWording>of()) {
            for (SampleScreens.Sample sample : samples.all(wording.language())) {
                Path file = dir.resolve(sample.name() + "-pseudo-" + wording.language().code() + ".png");
                ImageIO.write(snapshot(sample.snapshot(), sample.liveFrame(), wording, width, height), "png", file.toFile());
                written.add(file);
            }
        }
        return written;
    }

    /**
     * One screen as the kiosk shows {@code state} (with the camera's {@code liveFrame} where it
     * shows one, and the "simulated devices" mark for {@code simulated}), at {@code width} x {@code height}.
     */
    public static BufferedImage render(FlowSnapshot state, BufferedImage liveFrame,
                                       java.util.Set<jp.madoguchi.devices.api.DeviceKind> simulated,
                                       double width, double height) throws Exception {
        return snapshot(state, liveFrame, null, simulated, width, height);
    }

    private static BufferedImage snapshot(FlowSnapshot state, BufferedImage liveFrame, PseudoWording wording,
                                          double width, double height) throws Exception {
        return snapshot(state, liveFrame, wording, java.util.Set.of(), width, height);
    }

    private static BufferedImage snapshot(FlowSnapshot state, BufferedImage liveFrame, PseudoWording wording,
                                          java.util.Set<jp.madoguchi.devices.api.DeviceKind> simulated,
                                          double width, double height) throws Exception {
        CompletableFuture<BufferedImage> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                KioskViewModel vm = new KioskViewModel(e -> { }, state, simulated);
                if (wording != null) {
                    vm.show(state, wording);
                }
                if (liveFrame != null) {
                    vm.showLiveFrame(liveFrame);
                }
                KioskRoot root = new KioskRoot(vm);
                Scene scene = new Scene(KioskStage.fitted(root), width, height);
                WritableImage image = scene.snapshot(null);
                done.complete(toAwt(image));
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return done.get();
    }

    private static BufferedImage toAwt(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        return out;
    }
}
