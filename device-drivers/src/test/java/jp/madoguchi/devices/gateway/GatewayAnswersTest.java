package jp.madoguchi.devices.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import jp.madoguchi.devices.api.Delivery;
import jp.madoguchi.devices.spi.SettingsException;
import org.junit.jupiter.api.Test;

/** What each answer of the contract means to the outbox, and how long to wait before the next try. */
class GatewayAnswersTest {
    static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void receiptsRefusalsAndRetries() {
        assertThat(GatewayAnswers.interpret(201, json("{\"receipt\":\"R-1\"}"), Optional.empty()))
            .isEqualTo(new Delivery.Receipt("R-1", true));
        assertThat(GatewayAnswers.interpret(200, json("{\"receipt\":\"R-1\"}"), Optional.empty()))
            .isEqualTo(new Delivery.Receipt("R-1", false));
        assertThat(GatewayAnswers.interpret(201, json("{}"), Optional.empty())).as("no receipt, no claim")
            .isInstanceOf(Delivery.Retry.class);
        assertThat(GatewayAnswers.interpret(409, new byte[0], Optional.empty())).isEqualTo(new Delivery.Refused("form_id_used"));
        assertThat(GatewayAnswers.interpret(422, json("{\"reason\":\"void_form_id\"}"), Optional.empty()))
            .isEqualTo(new Delivery.Refused("void_form_id"));
        assertThat(GatewayAnswers.interpret(422, json("{\"reason\":\"<script>x\\n\"}"), Optional.empty()))
            .as("only a plain code is kept for staff").isEqualTo(new Delivery.Refused("scriptx"));
        assertThat(GatewayAnswers.interpret(503, json("oops"), Optional.of(Duration.ofSeconds(30))))
            .isEqualTo(new Delivery.Retry(Duration.ofSeconds(30), "503"));
        assertThat(GatewayAnswers.interpret(429, new byte[0], Optional.empty())).isEqualTo(new Delivery.Retry(Duration.ZERO, "429"));
    }

    @Test
    void retryAfterInSecondsOrAsADate() {
        assertThat(RetryDelays.parseRetryAfter("120")).contains(Duration.ofSeconds(120));
        assertThat(RetryDelays.parseRetryAfter("-1")).isEmpty();
        assertThat(RetryDelays.parseRetryAfter("soon")).isEmpty();
        String inAMinute = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(60));
        assertThat(RetryDelays.parseRetryAfter(inAMinute)).hasValueSatisfying(d -> assertThat(d.getSeconds()).isBetween(50L, 60L));
    }

    @Test
    void backoffDoublesWithJitterUpToItsCeiling() {
        RetryDelays delays = new RetryDelays(Duration.ofMillis(200), Duration.ofSeconds(2));
        for (int i = 0; i < 50; i++) {
            assertThat(delays.next(1).toMillis()).isBetween(100L, 200L);
            assertThat(delays.next(3).toMillis()).isBetween(400L, 800L);
            assertThat(delays.next(30).toMillis()).isBetween(1000L, 2000L);
        }
    }

    @Test
    void anEndpointThatIsNotAnHttpUrlIsNamedInPlainWords() {
        assertThat(HttpApplicationGateway.applicationsUri("https://gw.example.lg.jp/v1").toString())
            .isEqualTo("https://gw.example.lg.jp/v1/applications");
        assertThatThrownBy(() -> HttpApplicationGateway.applicationsUri("")).isInstanceOf(SettingsException.class)
            .hasMessageContaining("gateway.endpoint");
        assertThatThrownBy(() -> HttpApplicationGateway.applicationsUri("ftp://x")).hasMessageContaining("not an http");
    }
}
