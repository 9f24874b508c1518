package jp.madoguchi.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import jp.madoguchi.devices.api.Application;
import jp.madoguchi.kiosk.app.Main;
import jp.madoguchi.kiosk.submit.MutualTlsTest;
import jp.madoguchi.kiosk.submit.Outbox;
import jp.madoguchi.kiosk.submit.OutboxConfig;
import jp.madoguchi.sim.gateway.GatewayFaults;
import jp.madoguchi.sim.gateway.GatewaySimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `./kiosk outbox status` and `drain` as a site would use them, against the gateway simulator over loopback. */
class OutboxCommandTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    Run kiosk(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new Run(cli.execute(args), out.toString(), err.toString());
    }

    String outbox() {
        return "outbox.dir=" + dir.resolve("outbox");
    }

    void keep(String formId) throws Exception {
        try (Outbox outbox = Outbox.open(new OutboxConfig(dir.resolve("outbox"), dir.resolve("outbox").resolve("outbox.key"),
            Optional.empty(), Optional.empty()), Clock.systemUTC())) {
            outbox.keep(new Application(UUID.randomUUID(), formId, LocalDate.of(1990, 1, 2), true, true, false,
                MutualTlsTest.jpegOf(25_000), "kiosk-7", Instant.now()));
        }
    }

    @Test
    void anOutboxThatNeverStoredAnythingIsEmptyAndIsNotCreatedByLookingAtIt() {
        Run run = kiosk("outbox", "status", "--set", outbox());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("empty");
        assertThat(dir.resolve("outbox")).doesNotExist();
    }

    @Test
    void drainDeliversWhatIsPendingAndStatusShowsOnlyTheLastFourDigitsOfWhatWasRefused() throws Exception {
        keep("11112222333344445555666");
        keep("99998888777766665555444");
        try (GatewaySimulator receiver = GatewaySimulator.start(0, 10, new GatewayFaults(1).refuse("99998888777766665555444"))) {
            String[] gateway = {"--set", "gateway.provider=http", "--set", "gateway.endpoint=" + receiver.endpoint(), "--set", outbox()};
            Run drain = kiosk(concat(new String[] {"outbox", "drain", "--timeout-s", "20"}, gateway));
            assertThat(drain.exit()).as(drain.out() + drain.err()).isZero();
            assertThat(drain.out()).contains("delivered 1, pending 0, held for staff 1");
            assertThat(receiver.counts().created()).isEqualTo(1);
        }
        Run status = kiosk("--set", outbox(), "outbox", "status");
        assertThat(status.out()).contains("pending 0, refused 1").contains("form ***5444").contains("unknown_form_id")
            .doesNotContain("99998888777766665555444").doesNotContain("1990");
        JsonNode json = new ObjectMapper().readTree(kiosk("outbox", "--set", outbox(), "status", "--json").out());
        assertThat(json.get("refused").asInt()).isEqualTo(1);
        assertThat(json.get("held").get(0).get("form_id_last4").asText()).isEqualTo("5444");
    }

    @Test
    void drainAgainstADownReceiverSaysHowManyArePendingAndExits1() throws Exception {
        keep("11112222333344445555666");
        GatewaySimulator receiver = GatewaySimulator.start(0, 10, new GatewayFaults(1));
        String endpoint = receiver.endpoint();
        receiver.close();
        Run drain = kiosk("outbox", "drain", "--timeout-s", "1", "--set", "gateway.provider=http", "--set",
            "gateway.endpoint=" + endpoint, "--set", "gateway.connect.timeout.seconds=1", "--set", outbox());
        assertThat(drain.exit()).isEqualTo(1);
        assertThat(drain.out()).contains("pending 1");
    }

    @Test
    void badNumbersAreNamedInPlainWords() {
        Run port = kiosk("sim-gateway", "--port", "70000");
        assertThat(port.exit()).isEqualTo(2);
        assertThat(port.err()).contains("--port").doesNotContain("Exception");
        Run rate = kiosk("sim-gateway", "--port", "0", "--drop", "1.5");
        assertThat(rate.exit()).isEqualTo(2);
        assertThat(rate.err()).contains("rates from 0 to 1");
        Run soak = kiosk("soak", "--sessions", "0");
        assertThat(soak.exit()).isEqualTo(2);
        assertThat(soak.err()).contains("--sessions");
        Run endpoint = kiosk("outbox", "drain", "--set", "gateway.provider=http", "--set", outbox());
        assertThat(endpoint.exit()).isEqualTo(2);
        assertThat(endpoint.err()).contains("gateway.endpoint").doesNotContain("Exception");
    }

    static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
