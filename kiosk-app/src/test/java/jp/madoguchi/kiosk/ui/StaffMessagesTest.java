package jp.madoguchi.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Set;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.kiosk.i18n.Messages;
import jp.madoguchi.kiosk.staff.StaffPage;
import jp.madoguchi.kiosk.ui.model.staff.StaffScreen;
import jp.madoguchi.kiosk.ui.model.staff.StaffScreens;
import org.junit.jupiter.api.Test;

/**
 * The staff bundle (en and ja only; the residents' 13-language check does not cover it): complete in
 * both, and every staff screen's sample shows text, never a bare key.
 */
class StaffMessagesTest {
    @Test
    void japaneseAndEnglishHaveTheSameStaffStringsAndNoneIsLeftUntranslated() {
        Set<String> english = Messages.staff(Language.ENGLISH).keys();
        assertThat(Messages.staff(Language.EASY_JAPANESE).keys()).containsExactlyInAnyOrderElementsOf(english);
        for (String key : english) {
            if (key.equals("signIn.ok")) {
                continue; // "OK" is what Japanese keypads say too
            }
            assertThat(Messages.staff(Language.EASY_JAPANESE).text(key)).as(key)
                .isNotEqualTo(Messages.staff(Language.ENGLISH).text(key));
        }
        for (StaffPage page : java.util.List.of(StaffPage.REISSUE_FIND, StaffPage.DEVICES, StaffPage.OUTBOX, StaffPage.TODAY)) {
            assertThat(english).contains("menu." + page, "menu." + page + ".detail");
        }
    }

    @Test
    void everyStaffScreenSampleShowsTextNotKeys() {
        for (String lang : java.util.List.of("en", "ja")) {
            SampleStaffViews.all(lang).forEach((name, view) -> {
                StaffScreen screen = StaffScreens.of(view, ZoneOffset.UTC);
                assertThat(screen.toString()).as(name + "-" + lang)
                    .doesNotContainPattern("=(signIn|menu|staff|reissue|outbox|today|devices|print|testPage)\\.[a-zA-Z.]+[,)]");
            });
        }
    }
}
