package jp.madoguchi.sim.gateway;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;

/**
 * The faults the simulated receiver can show, switchable while it runs (from the panel and from
 * tests): each is a rate from 0 (never) to 1 (every request), drawn from a seeded random source so
 * a failing run can be replayed. "Down" is not here: {@link GatewaySimulator#down()} closes the port.
 *
 * <ul>
 *   <li>{@code error}: answer 503 with {@code Retry-After: 1} and store nothing;
 *   <li>{@code slow}: wait {@code slowBy} before handling (longer than the client's read timeout:
 *       the application is stored, the client has given up);
 *   <li>{@code drop}: store the application, then close the connection without an answer;
 *   <li>refused form IDs: answer 422 {@code unknown_form_id} for these (a few, for staff stories).
 * </ul>
 */
public final class GatewayFaults {
    /** Enough refused form IDs for any test or demonstration; more are not remembered. */
    static final int MAX_REFUSED = 64;

    private final Random random;
    private volatile double error;
    private volatile double slow;
    private volatile double drop;
    private volatile Duration slowBy = Duration.ofSeconds(20);
    private final Set<String> refused = Collections.synchronizedSet(new LinkedHashSet<>());
    private volatile java.util.function.Function<String, java.util.Optional<String>> register = id -> java.util.Optional.empty();

    public GatewayFaults(long seed) {
        this.random = new Random(seed);
    }

    public GatewayFaults errors(double rate) {
        error = rate(rate);
        return this;
    }

    public GatewayFaults slow(double rate, Duration by) {
        slow = rate(rate);
        slowBy = by;
        return this;
    }

    public GatewayFaults drops(double rate) {
        drop = rate(rate);
        return this;
    }

    /** Answers 422 for this form ID from now on. */
    public GatewayFaults refuse(String formIdDigits) {
        synchronized (refused) {
            if (refused.size() < MAX_REFUSED) {
                refused.add(formIdDigits);
            }
        }
        return this;
    }

    /** Back to a healthy receiver (the refused form IDs are forgotten too). */
    public GatewayFaults clear() {
        error = 0;
        slow = 0;
        drop = 0;
        refused.clear();
        return this;
    }

    public Duration slowBy() {
        return slowBy;
    }

    /**
     * The receiver also refuses what the simulated world's register says is no longer valid (a form
     * voided by a reissue, issue 12): {@code reasonFor} names the refusal, or is empty for a good
     * form. Not a fault, so {@link #clear()} keeps it.
     */
    public GatewayFaults alsoRefuse(java.util.function.Function<String, java.util.Optional<String>> reasonFor) {
        this.register = reasonFor;
        return this;
    }

    /** Why the receiver refuses this form ID, if it does (422). */
    java.util.Optional<String> refusal(String formIdDigits) {
        synchronized (refused) {
            if (refused.contains(formIdDigits)) {
                return java.util.Optional.of("unknown_form_id");
            }
        }
        return register.apply(formIdDigits);
    }

    boolean failNow() {
        return roll(error);
    }

    boolean slowNow() {
        return roll(slow);
    }

    boolean dropNow() {
        return roll(drop);
    }

    private boolean roll(double rate) {
        if (rate <= 0) {
            return false;
        }
        synchronized (random) {
            return random.nextDouble() < rate;
        }
    }

    private static double rate(double r) {
        if (!(r >= 0 && r <= 1)) {
            throw new IllegalArgumentException("a fault rate is between 0 and 1, was " + r);
        }
        return r;
    }
}
