package jp.madoguchi.rules.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormIdParserTest {
    private static final String ID = "12345678901234567890123";
    private final FormIdParser parser = new FormIdParser();

    @ParameterizedTest
    @ValueSource(strings = {
        ID,
        "  12345678901234567890123\r\n",
        "1234 5678 9012 3456 7890 123",
        "1234-5678-9012-3456-7890-123",
        "１２３４５６７８９０１２３４５６７８９０１２３", // full-width digits typed on a Japanese IME
        "1234－5678－9012－3456－7890－123",
        "https://example.lg.jp/apply?id=12345678901234567890123",
        "https://example.lg.jp/apply?lang=ja&applicationId=1234-5678-9012-3456-7890-123",
        "https://example.lg.jp/form/12345678901234567890123/start",
        // RFC 3986: a percent-encoded unreserved character is that character
        "https://example.lg.jp/apply?id=1234%35678901234567890123",
        "https://example.lg.jp/form/%31%32345678901234567890123/start",
        "https://example.lg.jp/apply?id=1234%2D5678%2D9012%2D3456%2D7890%2D123",
        "https://example.lg.jp/apply?id=1234%３５678901234567890123",
    })
    void acceptsTheShapesFormsAndScannersDeliver(String payload) {
        assertThat(parser.parse(payload)).isEqualTo(new FormIdReading.Accepted(idOf(ID)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1234567890123456789012   | TOO_SHORT",
        "123456789012345678901234 | TOO_LONG",
        "1234567890123456789012A  | NOT_DIGITS",
        "'   '                    | EMPTY",
        "https://example.lg.jp/apply?id=12345 | NO_ID_IN_URL",
        "https://example.lg.jp/    | NO_ID_IN_URL",
        "123456789018              | INDIVIDUAL_NUMBER",
        "1234 5678 9018            | INDIVIDUAL_NUMBER",
        "https://example.lg.jp/?n=123456789018 | INDIVIDUAL_NUMBER",
        "123456789012              | TOO_SHORT",
        "https://example.lg.jp/apply?id=1234%3x678901234567890123 | NO_ID_IN_URL",
        "https://example.lg.jp/apply?id=1234%25678901234567890123 | NO_ID_IN_URL",
    })
    void refusesWithAReasonTheResidentCanActOn(String payload, FormIdRefusal reason) {
        assertThat(parser.parse(payload)).isEqualTo(new FormIdReading.Refused(reason));
    }

    @org.junit.jupiter.api.Test
    void refusesHugeAndBinaryPayloadsWithoutReadingThem() {
        assertThat(parser.parse("1".repeat(100_000))).isEqualTo(new FormIdReading.Refused(FormIdRefusal.PAYLOAD_TOO_LARGE));
        assertThat(parser.parse("\u0000\u0001\u00ff\ufffd12345678901234567890123"))
            .isEqualTo(new FormIdReading.Refused(FormIdRefusal.NOT_DIGITS));
        assertThat(parser.parse(null)).isEqualTo(new FormIdReading.Refused(FormIdRefusal.EMPTY));
    }

    @org.junit.jupiter.api.Test
    void neverPrintsTheWholeIdWhenLogged() {
        ApplicationFormId id = idOf(ID);
        assertThat(id.toString()).doesNotContain(ID).endsWith("0123]");
        assertThat(id.grouped()).isEqualTo("1234 5678 9012 3456 7890 123");
    }

    private ApplicationFormId idOf(String digits) {
        return ((FormIdReading.Accepted) parser.parse(digits)).id();
    }
}
