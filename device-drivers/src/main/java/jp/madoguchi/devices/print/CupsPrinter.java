package jp.madoguchi.devices.print;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;
import jp.madoguchi.devices.api.DeviceCondition;
import jp.madoguchi.devices.api.DeviceKind;
import jp.madoguchi.devices.api.DeviceUnavailableException;
import jp.madoguchi.devices.api.PrintJob;
import jp.madoguchi.devices.api.Printer;
import jp.madoguchi.devices.spi.ReportingDevice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A printer behind a named CUPS queue. Jobs go through javax.print as PDF (CUPS filters them for
 * the device); the queue's condition is read from CUPS over IPP on every print and every few
 * seconds in the background, so the kiosk disables printing while the tray is empty or the
 * cover is open and enables it again by itself. Logs name the queue and the document kind only.
 */
final class CupsPrinter extends ReportingDevice implements Printer {
    private static final Logger LOG = LoggerFactory.getLogger(CupsPrinter.class);

    private final String queue;
    private final IppPrinterAttributes cups;
    private final ScheduledExecutorService poller;

    CupsPrinter(String queue, URI server, Duration poll, Clock clock) {
        super(DeviceKind.PRINTER, DeviceCondition.OFFLINE, clock);
        this.queue = queue;
        this.cups = new IppPrinterAttributes(server);
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cups-status-" + queue);
            t.setDaemon(true);
            return t;
        });
        refresh();
        poller.scheduleWithFixedDelay(this::refresh, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
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

    @Override
    public String print(PrintJob job) throws DeviceUnavailableException {
        if (!refresh().ready()) {
            throw new DeviceUnavailableException(status(), "CUPS queue " + queue + " is " + status().condition());
        }
        PrintService service = service().orElseThrow(() -> unavailable(DeviceCondition.OFFLINE, "no such queue"));
        DocPrintJob printJob = service.createPrintJob();
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new JobName(job.title(), null));
        // A4 as laid out: a queue defaulting to Letter would otherwise scale the page and the photo with it.
        attributes.add(MediaSizeName.ISO_A4);
        try {
            printJob.print(new SimpleDoc(job.pdf(), DocFlavor.BYTE_ARRAY.PDF, null), attributes);
        } catch (PrintException e) {
            LOG.warn("CUPS queue {} refused {}: {}", queue, job.title(), e.getMessage());
            throw unavailable(DeviceCondition.FAILED, "job failed: " + e.getMessage());
        }
        LOG.info("sent {} to CUPS queue {}", job.title(), queue);
        return queue + ":" + job.title();
    }

    private Optional<PrintService> service() {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(DocFlavor.BYTE_ARRAY.PDF, null))
            .filter(s -> s.getName().equals(queue)).findFirst();
    }

    private DeviceUnavailableException unavailable(DeviceCondition condition, String why) {
        report(condition);
        return new DeviceUnavailableException(status(), "CUPS queue " + queue + ": " + why);
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
