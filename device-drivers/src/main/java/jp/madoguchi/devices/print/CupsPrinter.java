package jp.madoguchi.devices.print;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jp.madoguchi.devices.api.DeviceCondition;
import jp.madoguchi.devices.api.DeviceKind;
import jp.madoguchi.devices.api.DeviceUnavailableException;
import jp.madoguchi.devices.api.PrintJob;
import jp.madoguchi.devices.api.Printer;
import jp.madoguchi.devices.spi.ReportingDevice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A printer behind a named CUPS queue. Jobs go to CUPS over IPP straight from memory, as PDF
 * (CUPS filters them for the device); the queue's condition is read over IPP on every print and
 * every few seconds in the background, so the kiosk disables printing while the tray is empty or
 * the cover is open and enables it again by itself. Logs name the queue and the document kind
 * only.
 *
 * <p>CUPS keeps a printed job's document (/var/spool/cups/d*) and its record for a day or for
 * ever, depending on cupsd.conf. The kiosk does not leave that to the site's settings: when a
 * session ends, its jobs are purged as soon as they are done (at once, or by the background
 * poll for those still printing). cupsd.conf should still say {@code PreserveJobFiles No} and
 * {@code PreserveJobHistory No} (see docs/PRIVACY.md), so that nothing is kept even for the
 * seconds between a job's end and its purge.
 */
final class CupsPrinter extends ReportingDevice implements Printer {
    private static final Logger LOG = LoggerFactory.getLogger(CupsPrinter.class);

    private final String queue;
    private final IppPrinterAttributes cups;
    private final IppJobs jobs;
    private final ScheduledExecutorService poller;
    /** Jobs of the session in progress. */
    private final List<Integer> sessionJobs = new ArrayList<>();
    /** Jobs of ended sessions that CUPS still has. */
    private final Set<Integer> toPurge = new LinkedHashSet<>();

    CupsPrinter(String queue, URI server, Duration poll, Clock clock) {
        super(DeviceKind.PRINTER, DeviceCondition.OFFLINE, clock);
        this.queue = queue;
        this.cups = new IppPrinterAttributes(server);
        this.jobs = new IppJobs(server, queue);
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cups-status-" + queue);
            t.setDaemon(true);
            return t;
        });
        refresh();
        poller.scheduleWithFixedDelay(this::poll, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public String description() {
        return "cups:" + queue;
    }

    /**
     * Asks CUPS now; an unreachable server or an unknown queue reads as OFFLINE. A job CUPS
     * refused shows as FAILED until the next poll reads the queue again (CUPS stops a queue whose
     * backend fails, which then reads as FAILED for as long as it stays stopped).
     */
    DeviceCondition refresh() {
        DeviceCondition condition;
        try {
            condition = QueueConditions.of(cups.read(queue));
        } catch (IOException e) {
            LOG.debug("CUPS queue {} unreachable: {}", queue, e.getMessage());
            condition = DeviceCondition.OFFLINE;
        }
        report(condition);
        return condition;
    }

    private void poll() {
        refresh();
        purgeDone();
    }

    @Override
    public String print(PrintJob job) throws DeviceUnavailableException {
        if (!refresh().ready()) {
            throw new DeviceUnavailableException(status(), "CUPS queue " + queue + " is " + status().condition());
        }
        int id;
        try {
            id = jobs.print(job.title(), job.pdf());
        } catch (IOException e) {
            LOG.warn("CUPS queue {} refused {}: {}", queue, job.title(), e.getMessage());
            report(DeviceCondition.FAILED);
            throw new DeviceUnavailableException(status(), "CUPS queue " + queue + ": job failed: " + e.getMessage());
        }
        synchronized (this) {
            sessionJobs.add(id);
        }
        LOG.info("sent {} to CUPS queue {} (job {})", job.title(), queue, id);
        return queue + "-" + id;
    }

    @Override
    public void forgetJobs() {
        synchronized (this) {
            toPurge.addAll(sessionJobs);
            sessionJobs.clear();
        }
        purgeDone();
    }

    /** Purges every forgotten job CUPS is done with; the others wait for the next poll. */
    private void purgeDone() {
        List<Integer> waiting;
        synchronized (this) {
            waiting = List.copyOf(toPurge);
        }
        for (int id : waiting) {
            try {
                IppJobs.Stage stage = jobs.stage(id);
                if (stage == IppJobs.Stage.ACTIVE) {
                    continue;
                }
                int status = stage == IppJobs.Stage.GONE ? 0 : jobs.purge(id);
                synchronized (this) {
                    toPurge.remove(id);
                }
                if (status < 0x0100) {
                    LOG.info("CUPS queue {}: job {} purged", queue, id);
                } else {
                    // a refusal is final (the server's policy): asking again every poll would change nothing
                    LOG.warn(String.format("CUPS queue %s refused to purge job %d (IPP status 0x%04x): its files stay until "
                        + "CUPS drops them; set PreserveJobFiles No and PreserveJobHistory No in cupsd.conf", queue, id, status));
                }
            } catch (IOException e) {
                LOG.debug("CUPS queue {}: job {} not purged yet: {}", queue, id, e.getMessage());
            }
        }
    }

    /** Jobs of ended sessions CUPS still holds (printing, or not purged yet); for tests. */
    synchronized Set<Integer> awaitingPurge() {
        return Set.copyOf(toPurge);
    }

    @Override
    public void close() {
        poller.shutdownNow();
        purgeDone();
        if (!awaitingPurge().isEmpty()) {
            LOG.info("CUPS queue {}: {} jobs of ended sessions still printing at close; with PreserveJobFiles No in "
                + "cupsd.conf CUPS removes their files when they end", queue, awaitingPurge().size());
        }
    }
}
