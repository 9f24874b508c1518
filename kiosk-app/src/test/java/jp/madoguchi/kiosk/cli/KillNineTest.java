package jp.madoguchi.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import jp.madoguchi.kiosk.app.KioskConfig;
import jp.madoguchi.kiosk.testing.SystemPart;
import jp.madoguchi.kiosk.vision.ModelFiles;
import jp.madoguchi.sim.device.FaceImages;
import jp.madoguchi.sim.gateway.GatewayFaults;
import jp.madoguchi.sim.gateway.GatewaySimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Done-when of issue 10: the kiosk, a separate JVM running `soak`, is killed with SIGKILL at random
 * points while it serves residents against a receiver that fails (503s, answers dropped after
 * storing, answers too slow for the client), restarted each time on the same outbox, and finally
 * drained: every application the kiosk confirmed to a resident (sent or saved) arrived exactly
 * once, and no form ID arrived under two keys. The receiver lives in this JVM, so it outlives the
 * kills and remembers every key.
 */
class KillNineTest {
    static final int SUBMISSIONS = Integer.getInteger("madoguchi.killnine.submissions", 200);

    @TempDir
    Path home;

    @Test
    void killedAtRandomAgainstAFailingReceiverNothingConfirmedIsLostOrDoubled() throws Exception {
        SystemPart.require(ModelFiles.blazeFace().isPresent(), "the BlazeFace model (models/fetch)", SystemPart.FETCH_MODELS);
        SystemPart.require(FaceImages.locate(Optional.empty()).studioReady(), "the simulated camera's source frames (models/fetch)",
            SystemPart.FETCH_MODELS);
        GatewayFaults faults = new GatewayFaults(11).errors(0.15).drops(0.15).slow(0.1, Duration.ofMillis(1500));
        Map<String, Integer> arrivals = new ConcurrentHashMap<>();
        Set<String> confirmed = ConcurrentHashMap.newKeySet();
        Random random = new Random(10);
        int kills = 0;
        try (GatewaySimulator receiver = GatewaySimulator.start(0, 100_000, faults)) {
            receiver.onStored(s -> arrivals.merge(s.formIdDigits(), 1, Integer::sum));
            for (int run = 0; confirmed.size() < SUBMISSIONS; run++) {
                assertThat(run).as("the kiosk keeps confirming applications between kills").isLessThan(60);
                Process kiosk = start(receiver, "soak", "--sessions", String.valueOf(SUBMISSIONS - confirmed.size() + 5),
                    "--seed", String.valueOf(1000 + run), "--print-confirmed", "--drain-s", "0");
                int killAfter = 1 + random.nextInt(Math.max(2, SUBMISSIONS / 5));
                LinkedBlockingQueue<String> lines = lines(kiosk);
                int seen = 0;
                while (seen < killAfter) {
                    String line = lines.poll(120, TimeUnit.SECONDS);
                    if (line == null || line.equals(EOF)) {
                        break;
                    }
                    if (line.matches("[0-9]{23}")) {
                        confirmed.add(line);
                        seen++;
                    }
                }
                Thread.sleep(random.nextInt(800)); // somewhere in the next resident's visit: storing, sending, printing
                if (kiosk.isAlive()) {
                    kiosk.destroyForcibly(); // SIGKILL: no shutdown hook, no flush, no close
                    kills++;
                }
                assertThat(kiosk.waitFor(30, TimeUnit.SECONDS)).isTrue();
                drainLines(lines, confirmed);
            }
            faults.clear();
            Process drain = start(receiver, "outbox", "drain", "--timeout-s", "120");
            String said = new String(drain.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(drain.waitFor(180, TimeUnit.SECONDS)).isTrue();
            assertThat(drain.exitValue()).as(said).isZero();

            List<String> lost = confirmed.stream().filter(id -> !arrivals.containsKey(id)).sorted().toList();
            List<String> doubled = arrivals.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
            System.out.printf("kill -9 test: %d confirmed, %d arrived, %d kills, %d lost, %d doubled, 409s %d; receiver %s%n",
                confirmed.size(), arrivals.size(), kills, lost.size(), doubled.size(), receiver.counts().conflicts(), receiver.counts());
            assertThat(kills).as("the kiosk was really killed, several times").isGreaterThanOrEqualTo(3);
            assertThat(receiver.counts().failed() + receiver.counts().dropped()).as("the receiver really failed").isPositive();
            assertThat(lost).as("confirmed to a resident but never arrived").isEmpty();
            assertThat(doubled).as("stored twice").isEmpty();
            assertThat(receiver.counts().conflicts()).as("a form ID offered under a second key").isZero();
        }
    }

    private static final String EOF = "\u0000EOF";

    private Process start(GatewaySimulator receiver, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx1g", "-Djava.awt.headless=true", "-Dmadoguchi.home=" + KioskConfig.home(),
            "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
            "jp.madoguchi.kiosk.app.Main"));
        command.addAll(List.of(args));
        for (String setting : new String[] {"gateway.provider=http", "gateway.endpoint=" + receiver.endpoint(),
            "gateway.connect.timeout.seconds=1", "gateway.read.timeout.seconds=1", "gateway.attempts=2",
            "kiosk.submit.wait.seconds=1", "kiosk.id=killnine", "outbox.dir=" + home.resolve("outbox"),
            "printer.output=" + home.resolve("printed")}) {
            command.addAll(List.of("--set", setting));
        }
        return new ProcessBuilder(command).directory(home.toFile()).redirectError(home.resolve("kiosk.err").toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
    }

    private static LinkedBlockingQueue<String> lines(Process process) {
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process was killed mid-line: what was read is what was confirmed
            }
            lines.add(EOF);
        }, "kiosk-stdout");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    /** Lines printed before the kill landed still count: the resident was told before the process died. */
    private static void drainLines(LinkedBlockingQueue<String> lines, Set<String> confirmed) throws InterruptedException {
        for (String line = lines.poll(10, TimeUnit.SECONDS); line != null && !line.equals(EOF); line = lines.poll(10, TimeUnit.SECONDS)) {
            if (line.matches("[0-9]{23}")) {
                confirmed.add(line);
            }
        }
    }
}
