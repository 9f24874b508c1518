package jp.madoguchi.kiosk.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import jp.madoguchi.kiosk.app.Kiosk;
import jp.madoguchi.sim.gateway.SimulatedGatewayLink;

/**
 * The soak: N simulated residents through the real flow of one running kiosk, headless, on its
 * configured devices, each with a distinct valid form ID. Counts what each resident was told,
 * measures heap (after GC) and RSS at the start (after a warm-up) and the end, and, where the gateway
 * is the simulator, checks that every confirmed application arrived exactly once.
 */
public final class Soak {
    /** The first sessions load fonts, the face model and the JIT: the "start" memory is taken after them. */
    static final int WARM_UP = 10;

    private final Kiosk kiosk;
    private final long seed;
    private final Optional<Path> printedToClean;

    public Soak(Kiosk kiosk, long seed, Optional<Path> printedToClean) {
        this.kiosk = kiosk;
        this.seed = seed;
        this.printedToClean = printedToClean;
    }

    /**
     * @param confirmed told each form ID the kiosk confirmed to its resident (sent or saved), as it happens
     * @param progress     told a JSON line of progress (sessions done, heap after GC, RSS) every twentieth of the run
     * @param drainSeconds how long to wait at the end for the outbox to deliver what it still holds
     */
    public SoakReport run(int sessions, Consumer<String> confirmed, Consumer<String> progress, int drainSeconds)
        throws InterruptedException {
        SoakResident resident = new SoakResident(kiosk.flow(), kiosk.devices().scanner(), new FlowStates(kiosk.flow()));
        Arrivals arrivals = new Arrivals(seed);
        if (kiosk.devices().gateway() instanceof SimulatedGatewayLink link) {
            link.simulator().onStored(s -> arrivals.arrived(s.formIdDigits()));
        }
        Map<SoakResident.Outcome, Integer> outcomes = new EnumMap<>(SoakResident.Outcome.class);
        BitSet told = new BitSet(sessions);
        SplittableRandom random = new SplittableRandom(seed);
        Memory start = Memory.now();
        long startNanos = System.nanoTime();
        for (int i = 0; i < sessions; i++) {
            if (i == Math.min(WARM_UP, sessions - 1)) {
                start = Memory.now();
            }
            String formId = arrivals.formId(i);
            SoakResident.Outcome outcome = resident.apply(formId, random);
            outcomes.merge(outcome, 1, Integer::sum);
            if (outcome == SoakResident.Outcome.SENT || outcome == SoakResident.Outcome.SAVED) {
                told.set(i);
                confirmed.accept(formId);
            }
            cleanPrinted();
            if ((i + 1) % Math.max(100, sessions / 20) == 0) {
                Memory now = Memory.now(); // the curve, not only its ends: flat memory is a shape
                progress.accept(String.format("{\"done\":%d,\"s\":%.1f,\"heap_mb\":%.1f,\"rss_mb\":%.1f,\"outbox_pending\":%d}",
                    i + 1, (System.nanoTime() - startNanos) / 1e9, Memory.megabytes(now.heapBytes()),
                    Memory.megabytes(now.rssBytes()), kiosk.outbox().status().pending()));
            }
        }
        double wall = (System.nanoTime() - startNanos) / 1e9;
        kiosk.sender().nudge();
        boolean drained = awaitDrained(drainSeconds);
        Memory end = Memory.now();
        Optional<Arrivals.Check> check = kiosk.devices().gateway() instanceof SimulatedGatewayLink link
            ? Optional.of(arrivals.check(told, link.simulator().counts().conflicts())) : Optional.empty();
        return new SoakReport(sessions, seed, outcomes, wall, start, end, kiosk.outbox().status().pending(), drained, check);
    }

    private boolean awaitDrained(int seconds) throws InterruptedException {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (kiosk.outbox().status().pending() > 0) {
            if (System.nanoTime() > until) {
                return false;
            }
            Thread.sleep(100); // the sender works on its own thread; this only looks now and then
        }
        return true;
    }

    /** The simulated printer's folder would fill the disk over ten thousand residents: emptied as we go. */
    private void cleanPrinted() {
        printedToClean.ifPresent(folder -> {
            try (var files = Files.list(folder)) {
                files.forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
