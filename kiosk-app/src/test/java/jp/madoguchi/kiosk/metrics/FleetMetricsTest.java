package jp.madoguchi.kiosk.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.madoguchi.kiosk.flow.FlowEvent;
import jp.madoguchi.kiosk.flow.KioskState;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.kiosk.flow.SimBench;
import jp.madoguchi.kiosk.flow.StaffBench;
import jp.madoguchi.kiosk.staff.ReissueField;
import jp.madoguchi.kiosk.staff.StaffBadge;
import jp.madoguchi.kiosk.staff.StaffInput;
import jp.madoguchi.kiosk.staff.StaffPage;
import jp.madoguchi.rules.advice.Need;
import jp.madoguchi.sim.scene.Scene;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fleet metrics over the Prometheus client's own HTTP server (port 0): what a fleet's
 * Prometheus scrapes after a day's work (a refused photo, an application, a staff call, a
 * reissue, a printer out of paper), and that nothing in it identifies anyone.
 */
class FleetMetricsTest {
    private static final Pattern LONG_DIGITS = Pattern.compile("[0-9]{12,}");
    private static final Pattern LABEL_VALUES = Pattern.compile("=\"([^\"]*)\"");

    @TempDir
    Path folder;

    @Test
    void aFleetSeesTheKiosksWorkAndNoPersonalData() throws Exception {
        try (StaffBench kiosk = new StaffBench(folder, false)) {
            SimBench.requireStudio(kiosk.camera);
            int port = kiosk.metrics.serve(0);
            List<String> formIds = new ArrayList<>(List.of(SimBench.FORM_ID, kiosk.ledger.current("20260005").orElseThrow()));
            String face = kiosk.camera.sceneName();
            // a resident applies after one refused photo
            kiosk.flow.handle(new FlowEvent.Begin());
            kiosk.flow.handle(new FlowEvent.ChooseLanguage(Language.ENGLISH));
            kiosk.flow.handle(new FlowEvent.ChooseNeed(Need.APPLY));
            kiosk.serialScanner.present(SimBench.FORM_ID);
            kiosk.camera.show(Scene.SMILING.sceneName());
            kiosk.flow.handle(new FlowEvent.TakePhoto());
            kiosk.flow.handle(new FlowEvent.Retake());
            kiosk.camera.show(face);
            kiosk.flow.handle(new FlowEvent.TakePhoto());
            SimBench.walkToSubmit(kiosk.flow);
            kiosk.flow.handle(new FlowEvent.Submit());
            kiosk.deliver();
            kiosk.flow.handle(new FlowEvent.Finish());
            // another calls staff, who reissue a form; the printer then runs out of paper
            kiosk.flow.handle(new FlowEvent.Begin());
            kiosk.flow.handle(new FlowEvent.ChooseLanguage(Language.ENGLISH));
            kiosk.flow.handle(new FlowEvent.ChooseNeed(Need.LOST_FORM));
            kiosk.flow.handle(new FlowEvent.CallStaff());
            String waiting = scrape(port, "text/plain");
            assertThat(waiting).contains("madoguchi_staff_calls_waiting 1.0");
            kiosk.serialScanner.present(StaffBadge.payload(StaffBench.STAFF_ID));
            kiosk.keypad(StaffBench.PIN);
            kiosk.staff(new StaffInput.Open(StaffPage.REISSUE_FIND));
            kiosk.staff(new StaffInput.Focus(ReissueField.CODE));
            kiosk.digits("20260005");
            kiosk.staff(new StaffInput.Find());
            kiosk.staff(new StaffInput.CardChecked(true));
            kiosk.staff(new StaffInput.IssueAndPrint());
            formIds.add(kiosk.now().staff().orElseThrow().reissue().issued().orElseThrow().formIdDigits());
            kiosk.staff(new StaffInput.SignOut());
            kiosk.printer.paperOut();
            assertThat(kiosk.flow.state()).isNotEqualTo(KioskState.STAFF);

            // the reason the resident was shown, as staff's tally of today counted it
            assertThat(kiosk.today.today().photoRefusals()).hasSize(1);
            String shown = kiosk.today.today().photoRefusals().keySet().iterator().next();
            for (String accept : List.of("text/plain", "application/openmetrics-text; version=1.0.0")) {
                String metrics = scrape(port, accept);
                assertThat(metrics).as(accept).contains(
                    "madoguchi_sessions_total{outcome=\"applied\"} 1",
                    "madoguchi_photo_refusals_total{reason=\"" + shown + "\"} 1",
                    "madoguchi_staff_calls_total 1",
                    "madoguchi_staff_calls_waiting 0",
                    "madoguchi_device_condition{condition=\"paper_out\",device=\"printer\"} 1",
                    "madoguchi_device_condition{condition=\"ready\",device=\"register\"} 1",
                    "madoguchi_outbox_pending 0",
                    "madoguchi_outbox_oldest_age_seconds 0",
                    "madoguchi_submit_seconds_bucket{outcome=\"accepted\",le=\"0.1\"}",
                    "madoguchi_submit_seconds_count{outcome=\"accepted\"} 1",
                    "madoguchi_build_info{version=\"test\"} 1");
                assertNoPersonalData(metrics, formIds);
            }
        }
    }

    /** No run of 12 or more digits (an Individual Number, a form ID); no 8 digits of any form ID; labels without numbers. */
    static void assertNoPersonalData(String exposition, List<String> formIds) {
        Matcher longRun = LONG_DIGITS.matcher(exposition);
        assertThat(longRun.find()).as("a run of 12+ digits: " + (longRun.hitEnd() ? "" : longRun.group())).isFalse();
        for (String id : formIds) {
            for (int i = 0; i + 8 <= id.length(); i++) {
                assertThat(exposition).as("a fragment of a form ID").doesNotContain(id.substring(i, i + 8));
            }
        }
        Matcher labels = LABEL_VALUES.matcher(exposition);
        while (labels.find()) {
            String value = labels.group(1);
            assertThat(value).as("label values are codes, not identifiers").matches("[a-z_]*|[0-9.+Inf]+|test");
        }
    }

    private static String scrape(int port, String accept) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/metrics")).header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
