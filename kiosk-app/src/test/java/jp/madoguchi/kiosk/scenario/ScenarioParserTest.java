package jp.madoguchi.kiosk.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import jp.madoguchi.kiosk.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A scenario file that cannot run as written is refused with its file, line and what is allowed there. */
class ScenarioParserTest {
    @TempDir
    Path folder;

    @Test
    void aMisspeltActionIsRefusedWithItsLineAndTheNearestAllowedWord() {
        assertThatThrownBy(() -> ScenarioParser.parse("name: x\nsteps:\n  - tap: attract.touch\n  - tapp: submit.send\n", "s.yaml"))
            .isInstanceOf(ScenarioException.class)
            .hasMessageContaining("s.yaml line 4")
            .hasMessageContaining("unknown action \"tapp\"")
            .hasMessageContaining("did you mean \"tap\"")
            .hasMessageContaining("expect");
    }

    @Test
    void unknownKeysScreensButtonsAndScenesAreRefused() {
        assertThatThrownBy(() -> ScenarioParser.parse("name: x\ncolour: red\nsteps:\n  - kill\n", "s.yaml"))
            .hasMessageContaining("line 2").hasMessageContaining("unknown key \"colour\"");
        assertThatThrownBy(() -> ScenarioParser.parse("name: x\nsteps:\n  - expect: {screen: dne}\n", "s.yaml"))
            .hasMessageContaining("line 3").hasMessageContaining("did you mean \"done\"");
        assertThatThrownBy(() -> ScenarioParser.parse("name: x\nsteps:\n  - tap: submit.sned\n", "s.yaml"))
            .hasMessageContaining("did you mean \"submit.send\"");
        assertThatThrownBy(() -> ScenarioParser.parse("name: x\nsteps:\n  - camera: smiley\n", "s.yaml"))
            .hasMessageContaining("did you mean \"smiling\"").hasMessageContaining("two-people");
        assertThatThrownBy(() -> ScenarioParser.parse("name: x\nsteps:\n  - wait: soon\n", "s.yaml"))
            .hasMessageContaining("a duration like 30s");
        assertThatThrownBy(() -> ScenarioParser.parse("name: x\nsteps:\n  - gateway: {fail_5xx: 2}\n", "s.yaml"))
            .hasMessageContaining("a rate from 0");
        assertThatThrownBy(() -> ScenarioParser.parse("name: x\nsteps: [\n", "s.yaml"))
            .hasMessageContaining("not valid YAML");
    }

    @Test
    void durationsAndTheKioskSetupAreRead() {
        Scenario s = ScenarioParser.parse("""
            name: x
            kiosk: {language: en, idle_seconds: 60, staff: [{id: "0042", name: Tanaka, pin: "482917"}]}
            steps:
              - wait: 1m30s
              - wait: {until: done, timeout: 45s}
            """, "s.yaml");
        assertThat(s.setup().idle()).isEqualTo(Duration.ofSeconds(60));
        assertThat(s.setup().staff()).singleElement().satisfies(m -> assertThat(m.pin()).isEqualTo("482917"));
        assertThat(s.steps().get(0)).isEqualTo(new Step.Wait(4, "wait 1m30s", Duration.ofSeconds(90)));
        assertThat(((Step.WaitUntil) s.steps().get(1)).timeout()).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void theCommandExitsTwoForABadFileWithOneLineAndNoStackTrace() throws Exception {
        Path bad = folder.resolve("bad.yaml");
        Files.writeString(bad, "name: x\nsteps:\n  - expect: {scren: done}\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute("scenario", "run", "--headless", bad.toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("line 3", "unknown key \"scren\"", "did you mean \"screen\"")
            .doesNotContain("Exception", "\tat ");
    }
}
