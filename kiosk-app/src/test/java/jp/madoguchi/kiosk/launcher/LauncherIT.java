package jp.madoguchi.kiosk.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jp.madoguchi.kiosk.app.KioskConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ./kiosk as a user runs it, from their own folder, after the build packaged the kiosk. The
 * launcher must leave the working directory alone, take options before the command word, answer
 * --help and --version of any command without a display and without installing anything, and
 * pass a misspelt key on to be refused.
 */
class LauncherIT {
    private static final Path LAUNCHER = KioskConfig.home().resolve("kiosk");

    @TempDir
    Path home;

    record Run(int exit, String out, String err) {
    }

    Run kiosk(Map<String, String> env, String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().putAll(env);
        Process p = builder.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        Run run = new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
        // On a developer's machine without the packages a command needs, the launcher names them and stops.
        assumeFalse(run.exit() == 1 && run.err().contains("needs these system packages") && !"true".equals(System.getenv("CI")),
            run.err());
        return run;
    }

    Run kiosk(String... args) throws IOException, InterruptedException {
        return kiosk(Map.of(), "", args);
    }

    @Test
    void relativePathsAreTheUsersAndOptionsMayStandBeforeTheCommand() throws Exception {
        Files.writeString(home.resolve("situation.json"), """
            {"resident_registered": true, "stay": "period_of_stay", "period_of_stay_ends": "2027-03-31",
             "date_of_birth": "1995-04-02", "has_form": true, "form_id_known": true}""");
        Run run = kiosk("--set", "kiosk.language=en", "advise", "--today", "2026-11-24", "situation.json");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"recommended_route\":\"C\"");
        assertThat(run.err()).doesNotContain("installing");
    }

    @Test
    void aMisspeltKeyStopsTheKioskWithExit2AndASuggestion() throws Exception {
        Run run = kiosk("--set", "gateway.provder=jlis", "--set", "printer.provide=cups", "run");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("did you mean").doesNotContain("no display");
    }

    @Test
    void helpAndVersionWorkWithoutADisplayAndInstallNothing() throws Exception {
        Run help = kiosk("run", "--help");
        assertThat(help.exit()).as(help.err()).isZero();
        assertThat(help.out()).contains("Usage:").contains("--windowed");
        assertThat(help.err()).doesNotContain("no display").doesNotContain("install");
        Run version = kiosk("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).isNotBlank();
        Run simHelp = kiosk("--set", "kiosk.language=en", "sim", "-h");
        assertThat(simHelp.exit()).isZero();
        assertThat(simHelp.out()).contains("Usage:");
    }

    @Test
    void theKioskWithoutADisplaySaysHowToRunItHeadless() throws Exception {
        Run run = kiosk("run");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("no display").contains("xvfb-run");
    }

    @Test
    void standardInputIsReadForAdvise() throws Exception {
        Run run = kiosk(Map.of(), """
            {"resident_registered": true, "stay": "permanent", "date_of_birth": "1980-01-01", "has_form": true,
             "form_id_known": true}""", "advise", "--today", "2026-11-24", "-");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"eligible\":true");
    }
}
