package jp.madoguchi.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.madoguchi.kiosk.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** How ./kiosk takes its options: every command, before or after the command word, checked. */
class CommandLineTest {
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int kiosk(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void everyCommandTakesConfigAndSet() {
        CommandSpec root = Main.commandLine().getCommandSpec();
        assertThat(root.subcommands()).isNotEmpty();
        root.subcommands().forEach((name, sub) -> {
            assertThat(sub.getCommandSpec().findOption("--config")).as(name + " --config").isNotNull();
            assertThat(sub.getCommandSpec().findOption("--set")).as(name + " --set").isNotNull();
        });
    }

    @Test
    void aMisspeltKeyStopsTheKioskBeforeAnythingStartsAndSuggestsTheKey() {
        int exit = kiosk("--set", "gateway.provder=jlis", "--set", "printer.provide=cups", "run");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).as("both mistakes, each with its suggestion")
            .contains("'gateway.provder'").contains("did you mean gateway.provider?")
            .contains("'printer.provide'").contains("did you mean printer.provider?").doesNotContain("Exception");
    }

    @Test
    void aMisspeltKeyStopsEveryOtherCommandToo() {
        for (String[] command : new String[][] {{"scan-fuzz", "--cases", "1"}, {"advise", "-"}, {"shots", "--out", "x"},
            {"print", "checklist", "--sample"}}) {
            StringWriter errors = new StringWriter();
            CommandLine cli = Main.commandLine();
            cli.setErr(new PrintWriter(errors, true));
            String[] args = new String[command.length + 2];
            System.arraycopy(command, 0, args, 2, command.length);
            args[0] = "--set";
            args[1] = "kiosk.langauge=en";
            assertThat(cli.execute(args)).as(command[0]).isEqualTo(2);
            assertThat(errors.toString()).as(command[0]).contains("did you mean kiosk.language?");
        }
    }

    @Test
    void optionsBeforeTheCommandApplyToIt() throws Exception {
        Path situation = Files.writeString(dir.resolve("situation.json"), """
            {"resident_registered": true, "stay": "period_of_stay", "period_of_stay_ends": "2027-03-31",
             "date_of_birth": "1995-04-02", "has_form": true, "form_id_known": true}""");
        int exit = kiosk("--set", "rules.fees.card_reissue_yen=1234", "advise", "--today", "2026-11-24", situation.toString());
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"recommended_route\":\"C\"");
    }

    @Test
    void aMissingSituationFileIsNamedInPlainWords() {
        int exit = kiosk("advise", dir.resolve("nope.json").toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("kiosk advise: " + dir.resolve("nope.json") + ": not found");
    }
}
