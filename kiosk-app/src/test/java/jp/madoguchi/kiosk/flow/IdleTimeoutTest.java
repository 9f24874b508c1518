package jp.madoguchi.kiosk.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A resident walks away mid-visit: the kiosk warns, then forgets them completely. */
class IdleTimeoutTest extends OnSimulatedKiosk {
    @Test
    void aResidentWhoWalksAwayIsWarnedThenTheirPhotoAndFormIdAreGone() {
        kiosk.walkToPhoto(Language.ENGLISH);
        kiosk.flow.handle(new FlowEvent.TakePhoto());
        BufferedImage photo = kiosk.now().photo().orElseThrow();
        assertThat(isBlack(photo)).as("a real photo to start with").isFalse();

        kiosk.idleFor(Duration.ofSeconds(89));
        assertThat(kiosk.now().warning()).isFalse();
        kiosk.idleFor(Duration.ofSeconds(1));
        assertThat(kiosk.now().idleWarning()).as("30 s warning, at least the 20 s WCAG asks").contains(30L);

        kiosk.idleFor(Duration.ofSeconds(29));
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.REVIEW);
        kiosk.idleFor(Duration.ofSeconds(1));

        assertThat(kiosk.flow.state()).isEqualTo(KioskState.ATTRACT);
        assertThat(kiosk.now().formId()).isEmpty();
        assertThat(kiosk.now().photo()).isEmpty();
        assertThat(isBlack(photo)).as("the photo's pixels were overwritten, not just dropped").isTrue();
        assertThat(kiosk.ended).singleElement().extracting(SessionEnd::reason).isEqualTo(SessionEnd.Reason.TIMED_OUT);
    }

    @Test
    void oneTapOnTheWarningKeepsTheSessionAsOftenAsNeeded() {
        kiosk.walkToPhoto(Language.ENGLISH);
        for (int i = 0; i < 12; i++) {
            kiosk.idleFor(Duration.ofSeconds(100));
            assertThat(kiosk.now().warning()).isTrue();
            kiosk.flow.handle(new FlowEvent.Touch());
            assertThat(kiosk.now().warning()).isFalse();
        }
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.PHOTO);
        assertThat(kiosk.now().formId()).isPresent();
    }

    @Test
    void theAttractScreenNeverTimesOutAndAnErrorScreenDoes() {
        kiosk.idleFor(Duration.ofHours(3));
        assertThat(kiosk.now().warning()).isFalse();
        assertThat(kiosk.ended).isEmpty();

        kiosk.walkToPhoto(Language.ENGLISH);
        kiosk.camera.unplug();
        kiosk.idleFor(Duration.ofSeconds(120));
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.ATTRACT);
        assertThat(kiosk.now().formId()).isEmpty();
    }

    @Test
    void startOverWipesAtOnce() {
        kiosk.walkToPhoto(Language.ENGLISH);
        kiosk.flow.handle(new FlowEvent.StartOver());
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.ATTRACT);
        assertThat(kiosk.now().formId()).isEmpty();
        assertThat(kiosk.now().language()).as("the next resident starts in the default language")
            .isEqualTo(Language.EASY_JAPANESE);
        assertThat(kiosk.ended).singleElement().extracting(SessionEnd::reason).isEqualTo(SessionEnd.Reason.ABANDONED);
    }

    @Test
    void aWarningShorterThanTwentySecondsIsRefused() {
        assertThatThrownBy(() -> new IdlePolicy(Duration.ofSeconds(60), Duration.ofSeconds(10)))
            .hasMessageContaining("20 s");
    }

    private static boolean isBlack(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0) {
                    return false;
                }
            }
        }
        return true;
    }
}
