package jp.madoguchi.kiosk.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.madoguchi.kiosk.flow.Language;
import org.junit.jupiter.api.Test;

/**
 * A scenario kiosk that cannot start leaves nothing running and nothing on disk: no temporary
 * folder (it holds the staff list's PIN hashes), no gateway server, sender or camera thread.
 */
class ScenarioKioskStartTest {

    @Test
    void aKioskThatFailsHalfWayClosesWhatItOpenedAndDeletesItsFolder() throws Exception {
        Set<Path> foldersBefore = scenarioFolders();
        // no rule book: the staff desk fails to be made, after the devices, outbox and audit database are open
        assertThatThrownBy(() -> new ScenarioKiosk(Scenario.Setup.standard(), 1, null, null))
            .isInstanceOf(NullPointerException.class);
        // the JDK starts some threads of its own on first use (Java2D's disposer, the process
        // reaper): a second failed start shows what the kiosk itself leaves
        Set<Thread> threadsBefore = Thread.getAllStackTraces().keySet();
        assertThatThrownBy(() -> new ScenarioKiosk(Scenario.Setup.standard(), 2, null, null))
            .isInstanceOf(NullPointerException.class);
        assertThat(scenarioFolders()).as("scenario folders left in the temporary folder").isEqualTo(foldersBefore);
        assertThat(threadsStartedSince(threadsBefore)).as("threads the failed kiosk left running").isEmpty();
    }

    @Test
    void aSetupTheFlowRefusesIsRefusedBeforeAnythingIsMade() throws Exception {
        Set<Path> foldersBefore = scenarioFolders();
        Scenario.Setup tooShortWarning = new Scenario.Setup(Language.ENGLISH, "serial", Duration.ofSeconds(90),
            Duration.ofSeconds(5), Duration.ofSeconds(3), List.of());
        assertThatThrownBy(() -> new ScenarioKiosk(tooShortWarning, 1, null, null))
            .isInstanceOf(IllegalArgumentException.class);
        assertThat(scenarioFolders()).isEqualTo(foldersBefore);
    }

    private static Set<Path> scenarioFolders() throws IOException {
        try (var list = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return list.filter(p -> p.getFileName().toString().startsWith("madoguchi-scenario")).collect(Collectors.toSet());
        }
    }

    /** Threads alive now that were not before, given a few seconds to finish stopping. */
    private static List<String> threadsStartedSince(Set<Thread> before) throws InterruptedException {
        List<String> left = List.of();
        for (int wait = 0; wait < 50; wait++) {
            left = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t) && isOurs(t))
                .map(Thread::getName).toList();
            if (left.isEmpty()) {
                return left;
            }
            Thread.sleep(100);
        }
        return left;
    }

    private static boolean isOurs(Thread t) {
        // the JDK's shared pools (common pool, another test's HTTP client) are not the kiosk's to stop
        String name = t.getName();
        return t.isAlive() && !name.startsWith("ForkJoinPool") && !name.startsWith("HttpClient");
    }
}
