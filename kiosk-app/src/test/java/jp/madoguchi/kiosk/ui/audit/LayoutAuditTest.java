package jp.madoguchi.kiosk.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import jp.madoguchi.devices.api.DeviceKind;
import jp.madoguchi.kiosk.flow.CounterAdvice;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.kiosk.ui.KioskStage;
import jp.madoguchi.kiosk.ui.PseudoWording;
import jp.madoguchi.kiosk.ui.KioskViewModel;
import jp.madoguchi.kiosk.ui.SampleScreens;
import jp.madoguchi.kiosk.ui.ScreenShots;
import jp.madoguchi.kiosk.ui.view.KioskRoot;
import jp.madoguchi.rules.RuleBook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The layout audit: every sample screen ({@link SampleScreens}, so new screens are audited as soon
 * as they are listed there) in every language, and in pseudo-localised Burmese, Thai, Nepali,
 * Korean and Chinese 40% longer than English, at the 1920x1080 panel and at 1280x800, laid out
 * exactly as the kiosk lays them out ({@link KioskStage#fitted}). Fails on anything a resident
 * would notice ({@link LayoutAudit}), and on a top or bottom bar whose height differs between screens.
 * Every device is marked simulated, as on a developer's kiosk: the longest "simulated devices" strip.
 */
class LayoutAuditTest {
    private static final BufferedImage FACE = face();
    private static SampleScreens samples;

    @BeforeAll
    static void platform() {
        ScreenShots.useHeadlessPlatform();
        samples = new SampleScreens(FACE, new CounterAdvice(RuleBook.load(), "shinjuku"));
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1920, 1080", "1280, 800"})
    void everyScreenHoldsInEveryLanguage(int width, int height) throws Exception {
        Map<String, UnaryOperator<Record>> wordings = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            wordings.put(language.code(), null);
        }
        PseudoWording.tallAndLong().forEach(p -> wordings.put("pseudo-" + p.language().code(), p));
        List<String> problems = new ArrayList<>();
        TreeSet<Long> topBars = new TreeSet<>();
        TreeSet<Long> bottomBars = new TreeSet<>();
        int screens = 0;
        String only = System.getProperty("audit.only", ""); // e.g. -Daudit.only=pseudo-my while fixing one language
        for (var wording : wordings.entrySet()) {
            if (!only.isEmpty() && !only.equals(wording.getKey())) {
                continue;
            }
            Language language = wording.getValue() instanceof PseudoWording p ? p.language()
                : Language.byCode(wording.getKey()).orElseThrow();
            for (SampleScreens.Sample sample : samples.all(language)) {
                LayoutAudit audit = onFxThread(() -> audit(sample, wording.getValue(), width, height));
                screens++;
                audit.problems.forEach(p -> problems.add(sample.name() + "-" + wording.getKey() + ": " + p));
                if (audit.topBar >= 0) {
                    topBars.add(Math.round(audit.topBar));
                    bottomBars.add(Math.round(audit.bottomBar));
                }
            }
        }
        assertThat(screens).isGreaterThanOrEqualTo(only.isEmpty() ? Language.values().length * 20 : 20);
        assertThat(problems).as(problems.size() + " layout problems at " + width + "x" + height
            + ":\n" + String.join("\n", problems.subList(0, Math.min(60, problems.size())))).isEmpty();
        assertThat(topBars).as("top bar heights on all screens").hasSize(1);
        assertThat(bottomBars).as("bottom bar heights on all screens").hasSize(1);
    }

    private static LayoutAudit audit(SampleScreens.Sample sample, UnaryOperator<Record> wording, int width, int height) {
        KioskViewModel vm = new KioskViewModel(e -> { }, sample.snapshot(), EnumSet.allOf(DeviceKind.class));
        if (wording != null) {
            vm.show(sample.snapshot(), wording);
        }
        if (sample.liveFrame() != null) {
            vm.showLiveFrame(sample.liveFrame());
        }
        Parent holder = KioskStage.fitted(new KioskRoot(vm));
        Scene scene = new Scene(holder, width, height);
        for (int pass = 0; pass < 6; pass++) { // sizes settle over passes: the fit, then wrapping text
            holder.applyCss();
            holder.resize(width, height);
            holder.layout();
        }
        return new LayoutAudit(scene.getWidth(), scene.getHeight()).check(holder);
    }

    private static <T> T onFxThread(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(work.call());
            } catch (Exception | Error e) {
                done.completeExceptionally(e);
            }
        });
        return done.get();
    }

    private static BufferedImage face() {
        BufferedImage image = new BufferedImage(350, 450, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(200, 205, 210));
        g.fillRect(0, 0, 350, 450);
        g.dispose();
        return image;
    }
}
