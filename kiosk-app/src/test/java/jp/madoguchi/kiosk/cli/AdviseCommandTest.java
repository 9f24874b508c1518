package jp.madoguchi.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `./kiosk advise`: the rules engine behind the command line, with the site's configuration. */
class AdviseCommandTest {
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int advise(String json, String... extra) throws Exception {
        Path file = dir.resolve("situation.json");
        Files.writeString(file, json);
        CommandLine cli = new CommandLine(new KioskCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] args = new String[extra.length + 4];
        args[0] = "advise";
        System.arraycopy(extra, 0, args, 1, extra.length);
        args[extra.length + 1] = "--today";
        args[extra.length + 2] = "2026-11-24";
        args[extra.length + 3] = file.toString();
        return cli.execute(args);
    }

    @Test
    void aResidentWithAValidFormIsSentToThisKioskWithCardDatesCappedByTheirStay() throws Exception {
        int exit = advise("""
            {"resident_registered": true, "stay": "period_of_stay", "period_of_stay_ends": "2027-03-31",
             "date_of_birth": "1995-04-02", "has_form": true, "form_id_known": true, "moved_since_form": false}""");
        assertThat(exit).isZero();
        JsonNode verdict = new ObjectMapper().readTree(out.toString());
        assertThat(verdict.get("recommended_route").asText()).isEqualTo("C");
        assertThat(verdict.get("new_card_valid_until").asText()).isEqualTo("2027-03-31");
        assertThat(verdict.get("fee_yen").asInt()).isZero();
        assertThat(out.toString().strip().lines()).as("one JSON object on one line").hasSize(1);
    }

    @Test
    void aSiteChangesTheReissueFeeByConfigurationAlone() throws Exception {
        String lostCard = """
            {"resident_registered": true, "stay": "permanent", "date_of_birth": "1980-01-01",
             "card": {"expires": "2030-01-01", "certificates_expire": "2028-01-01"}, "card_lost_or_damaged": true,
             "want_certificates": false}""";
        assertThat(advise(lostCard)).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get("fee_yen").asInt()).isEqualTo(800);
        out.getBuffer().setLength(0);
        assertThat(advise(lostCard, "--set", "rules.fees.card_reissue_yen=1000")).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get("fee_yen").asInt()).isEqualTo(1000);
    }

    @Test
    void anImpossibleDateExitsTwoNamingTheFieldAndPrintsNothing() throws Exception {
        assertThat(advise("{\"date_of_birth\": \"1990-02-30\"}")).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("date_of_birth");
    }

    @Test
    void malformedJsonAndUnknownValuesExitTwo() throws Exception {
        assertThat(advise("{\"stay\": ")).isEqualTo(2);
        assertThat(advise("{\"stay\": \"tourist\"}")).isEqualTo(2);
        assertThat(err.toString()).contains("stay");
        assertThat(out.toString()).isEmpty();
    }
}
