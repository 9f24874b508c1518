package jp.madoguchi.kiosk.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.madoguchi.kiosk.app.KioskConfig;
import jp.madoguchi.kiosk.testing.SystemPart;
import org.junit.jupiter.api.Test;

/**
 * The alert rules shipped for a fleet's Prometheus pass promtool's check and their unit tests
 * (monitoring/madoguchi-alerts.test.yml: out of paper, outbox older than 15 minutes, kiosk down,
 * staff call unanswered for 3 minutes), and name only metrics this kiosk exports.
 */
class AlertRulesTest {
    private static final Path MONITORING = KioskConfig.home().resolve("monitoring");

    @Test
    void promtoolChecksAndTestsTheAlertRules() throws Exception {
        SystemPart.require(onPath("promtool"), "promtool (the Prometheus rule checker)", "prometheus");
        assertThat(promtool("check", "rules", "madoguchi-alerts.yml")).contains("SUCCESS: 4 rules found");
        assertThat(promtool("test", "rules", "madoguchi-alerts.test.yml")).contains("SUCCESS");
    }

    @Test
    void theRulesWatchMetricsTheKioskExports() throws IOException {
        String rules = Files.readString(MONITORING.resolve("madoguchi-alerts.yml"));
        for (String metric : List.of("madoguchi_device_condition", "madoguchi_outbox_oldest_age_seconds",
            "madoguchi_staff_calls_waiting")) {
            assertThat(rules).contains(metric);
            assertThat(String.join("\n", Files.readAllLines(KioskConfig.home().resolve(
                "kiosk-app/src/main/java/jp/madoguchi/kiosk/metrics/FleetMetrics.java")))).contains("\"" + metric + "\"");
        }
    }

    private static String promtool(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("promtool"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(MONITORING.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
