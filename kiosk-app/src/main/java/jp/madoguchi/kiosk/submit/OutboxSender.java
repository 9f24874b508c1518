package jp.madoguchi.kiosk.submit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import jp.madoguchi.devices.api.Application;
import jp.madoguchi.devices.api.ApplicationGateway;
import jp.madoguchi.devices.api.Delivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers what the outbox holds, in the background, at least once: each due application goes to
 * the gateway under its own key; a receipt deletes the row, a refusal sets it aside for staff, and
 * anything else schedules the next try with exponential backoff and jitter (2 s doubling to 5 min,
 * or later if the receiver's Retry-After says so). A new application is tried at once (a nudge).
 * The resident never waits on this: the flow hears the outcome as an event, if it comes in time.
 */
public final class OutboxSender implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    static final Duration FIRST_WAIT = Duration.ofSeconds(2);
    static final Duration MAX_WAIT = Duration.ofMinutes(5);
    /** The loop looks again at least this often, whatever it expects (clock changes, other writers). */
    static final Duration IDLE_LOOK = Duration.ofSeconds(5);
    private static final int BATCH = 16;

    private final Outbox outbox;
    private final ApplicationGateway gateway;
    private final Clock clock;
    private final List<Consumer<SendOutcome>> listeners = new CopyOnWriteArrayList<>();
    private final List<java.util.function.BiConsumer<Duration, String>> timers = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Object wake = new Object();
    private boolean nudged;
    private volatile boolean running;
    private volatile Thread thread;

    public OutboxSender(Outbox outbox, ApplicationGateway gateway, Clock clock) {
        this.outbox = outbox;
        this.gateway = gateway;
        this.clock = clock;
        outbox.onKept(this::nudge);
    }

    public void onOutcome(Consumer<SendOutcome> listener) {
        listeners.add(listener);
    }

    /**
     * Told how long each delivery took and how it ended ("accepted", "refused" or "failed": not
     * delivered yet), for the fleet's submit latency; nothing about the application itself.
     */
    public void timeDeliveriesWith(java.util.function.BiConsumer<Duration, String> timer) {
        timers.add(timer);
    }

    /** Starts the background thread (the running kiosk); tests may call {@link #sendDue()} instead. */
    public OutboxSender start() {
        synchronized (wake) {
            if (thread == null) {
                running = true;
                thread = new Thread(this::loop, "outbox-sender");
                thread.setDaemon(true);
                thread.start();
            }
        }
        return this;
    }

    /** Look now: an application was just kept, or staff asked. */
    public void nudge() {
        synchronized (wake) {
            nudged = true;
            wake.notifyAll();
        }
    }

    /** Staff's "retry now": every pending application is tried at once. */
    public void retryNow() throws OutboxException {
        outbox.retryNow();
        nudge();
    }

    /**
     * One pass: every application due now is tried once (one delivery, with the gateway's own quick
     * retries inside it).
     *
     * @return how many were tried
     */
    public synchronized int sendDue() throws OutboxException {
        int tried = 0;
        List<Outbox.Due> due = outbox.due(BATCH);
        while (!due.isEmpty()) {
            for (Outbox.Due row : due) {
                Optional<Application> application = outbox.application(row.key());
                if (application.isPresent()) {
                    send(application.get(), row.attempts() + 1);
                    tried++;
                }
            }
            due = running || thread == null ? outbox.due(BATCH) : List.of();
        }
        return tried;
    }

    /**
     * Delivers everything pending, trying each at once and then as the backoff allows, until the
     * outbox holds nothing pending or {@code timeout} has passed (`./kiosk outbox drain`).
     *
     * @return true when nothing is pending any more
     */
    public boolean drain(Duration timeout) throws OutboxException, InterruptedException {
        Instant until = clock.instant().plus(timeout);
        outbox.retryNow();
        while (true) {
            sendDue();
            Optional<Instant> next = outbox.nextDue();
            if (next.isEmpty()) {
                return true;
            }
            Instant now = clock.instant();
            if (!now.isBefore(until)) {
                return false;
            }
            Instant wakeAt = next.get().isBefore(until) ? next.get() : until;
            Thread.sleep(Math.max(10, Duration.between(now, wakeAt).toMillis()));
        }
    }

    private void send(Application application, int attempt) throws OutboxException {
        Delivery delivery;
        long started = System.nanoTime();
        try {
            delivery = gateway.deliver(application);
        } catch (RuntimeException e) {
            delivery = new Delivery.Retry(Duration.ZERO, "gateway failed: " + e.getClass().getSimpleName());
        } finally {
            application.erasePhoto();
        }
        SendOutcome outcome;
        if (delivery instanceof Delivery.Receipt receipt) {
            outbox.delivered(application.key());
            LOG.info("application {} delivered (receipt {}{})", application.key(), receipt.receipt(),
                receipt.first() ? "" : ", the receiver had it already");
            outcome = new SendOutcome.Sent(application.key(), receipt.receipt());
        } else if (delivery instanceof Delivery.Refused refused) {
            outbox.refused(application.key(), refused.reason());
            LOG.warn("application {} (form ***{}) refused by the receiver: {}; kept for staff",
                application.key(), application.formIdTail(), refused.reason());
            outcome = new SendOutcome.Held(application.key(), refused.reason());
        } else {
            Delivery.Retry retry = (Delivery.Retry) delivery;
            Duration wait = backoff(attempt);
            Instant next = clock.instant().plus(retry.after().compareTo(wait) > 0 ? retry.after() : wait);
            outbox.deferred(application.key(), attempt, next, retry.why());
            outcome = new SendOutcome.Deferred(application.key(), retry.why(), next);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        String how = outcome instanceof SendOutcome.Sent ? "accepted" : outcome instanceof SendOutcome.Held ? "refused" : "failed";
        timers.forEach(t -> t.accept(took, how));
        listeners.forEach(l -> l.accept(outcome));
    }

    /** 2 s, 4 s, 8 s ... up to 5 min, half of it random so kiosks do not come back in step. */
    static Duration backoff(int attempt) {
        long ceiling = Math.min(MAX_WAIT.toMillis(), FIRST_WAIT.toMillis() << Math.min(20, Math.max(0, attempt - 1)));
        return Duration.ofMillis(ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
    }

    private void loop() {
        while (running) {
            long waitMillis = IDLE_LOOK.toMillis();
            try {
                sendDue();
                Optional<Instant> next = outbox.nextDue();
                if (next.isPresent()) {
                    waitMillis = Math.max(0, Math.min(waitMillis, Duration.between(clock.instant(), next.get()).toMillis()));
                }
            } catch (OutboxException | RuntimeException e) {
                LOG.error("outbox sender: {}", e.getMessage());
            }
            synchronized (wake) {
                try {
                    if (!nudged && running && waitMillis > 0) {
                        wake.wait(waitMillis);
                    }
                } catch (InterruptedException e) {
                    return;
                }
                nudged = false;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        Thread t = thread;
        nudge();
        if (t != null) {
            t.interrupt();
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
