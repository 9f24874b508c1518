package jp.madoguchi.kiosk.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one target's seeded cases, each time-boxed on a worker thread: an exception or error
 * escaping the entry point is a crash, a case over the time box a hang, an oracle's complaint a
 * finding. A hung worker is abandoned (it is a daemon) and a fresh one takes over.
 */
public final class FuzzRun {
    /**
     * @param failures at most the first 20, each naming the case number and kind, never its bytes
     * @param slowestMs the slowest case that finished
     * @param tally     how the cases came out (see {@link FuzzTarget#tally()})
     */
    public record Result(String target, long seed, long cases, long crashes, long hangs, long findings, List<String> failures,
                         double slowestMs, double seconds, String tally) {
        public boolean passed() {
            return crashes == 0 && hangs == 0 && findings == 0;
        }
    }

    private FuzzRun() {
    }

    public static Result run(FuzzTarget target, long seed, long cases, long timeBoxMillis) {
        Random random = new Random(seed);
        List<String> failures = new ArrayList<>();
        long crashes = 0;
        long hangs = 0;
        long findings = 0;
        double slowest = 0;
        long start = System.nanoTime();
        ExecutorService worker = worker();
        try {
            for (long i = 0; i < cases; i++) {
                FuzzTarget.Case c = target.next(random);
                long caseStart = System.nanoTime();
                Future<String> outcome = worker.submit(c::run);
                try {
                    String finding = outcome.get(timeBoxMillis, TimeUnit.MILLISECONDS);
                    slowest = Math.max(slowest, (System.nanoTime() - caseStart) / 1e6);
                    if (finding != null) {
                        findings++;
                        note(failures, i, c, finding);
                    }
                } catch (ExecutionException e) {
                    crashes++;
                    StackTraceElement[] where = e.getCause().getStackTrace();
                    note(failures, i, c, "crashed with " + e.getCause().getClass().getName()
                        + (where.length > 0 ? " at " + where[0] : ""));
                } catch (TimeoutException e) {
                    hangs++;
                    note(failures, i, c, "still running after " + timeBoxMillis + " ms");
                    outcome.cancel(true);
                    worker.shutdownNow();
                    worker = worker();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        } finally {
            worker.shutdownNow();
        }
        return new Result(target.name(), seed, cases, crashes, hangs, findings, List.copyOf(failures), slowest,
            (System.nanoTime() - start) / 1e9, target.tally());
    }

    private static ExecutorService worker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-case");
            t.setDaemon(true);
            return t;
        });
    }

    private static void note(List<String> failures, long i, FuzzTarget.Case c, String what) {
        if (failures.size() < 20) {
            failures.add("case " + i + " (" + c.describe() + "): " + what);
        }
    }
}
