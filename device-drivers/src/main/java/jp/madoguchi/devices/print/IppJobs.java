package jp.madoguchi.devices.print;

import java.io.IOException;
import java.net.URI;

/**
 * Print jobs on a CUPS queue over IPP: sent from memory (Print-Job), asked after
 * (Get-Job-Attributes) and purged once done (CUPS's Cancel-Job with purge-job, what
 * {@code cancel -x} sends: the job's spool files and its history entry go). javax.print is not
 * used to print because it copies every document into a temporary file and hands that to
 * {@code lpr}: a resident's form ID and photo would sit in /tmp.
 */
final class IppJobs {
    private static final int PRINT_JOB = 0x0002;
    private static final int CANCEL_JOB = 0x0008;
    private static final int GET_JOB_ATTRIBUTES = 0x0009;
    /** job-state values at and above which CUPS will do nothing more with a job: canceled, aborted, completed. */
    private static final int CANCELED = 7;

    /** Where a job stands, as far as the kiosk cares. */
    enum Stage { ACTIVE, DONE, GONE }

    private final URI printer;
    private final String user = System.getProperty("user.name", "kiosk");

    IppJobs(URI server, String queue) {
        this.printer = server.resolve("/printers/" + queue);
    }

    /** Sends an A4 PDF; returns CUPS's job id. */
    int print(String title, byte[] pdf) throws IOException {
        IppWire.Answer answer = IppWire.send(printer, new IppWire.Request(PRINT_JOB, printer)
            .text(IppWire.NAME, "requesting-user-name", user)
            .text(IppWire.NAME, "job-name", title)
            .text(IppWire.MIME_TYPE, "document-format", "application/pdf")
            .group(IppWire.JOB_GROUP)
            // A4 as laid out: a queue defaulting to Letter would otherwise scale the page and the photo with it
            .text(IppWire.KEYWORD, "media", "iso_a4_210x297mm")
            .end(pdf));
        int id = answer.integer("job-id");
        if (!answer.ok() || id <= 0) {
            throw new IOException(String.format("CUPS refused the job (IPP status 0x%04x)%s", answer.status(),
                answer.status() == IppWire.NOT_FOUND ? ": no such queue" : ""));
        }
        return id;
    }

    Stage stage(int job) throws IOException {
        IppWire.Answer answer = IppWire.send(printer, jobRequest(GET_JOB_ATTRIBUTES, job)
            .text(IppWire.KEYWORD, "requested-attributes", "job-state").end(new byte[0]));
        if (answer.status() == IppWire.NOT_FOUND) {
            return Stage.GONE;
        }
        if (!answer.ok()) {
            throw new IOException(String.format("CUPS would not say how job %d stands (IPP status 0x%04x)", job, answer.status()));
        }
        return answer.integer("job-state") >= CANCELED ? Stage.DONE : Stage.ACTIVE;
    }

    /** Removes a finished job with its files and history; returns CUPS's IPP status (below 0x0100: done). */
    int purge(int job) throws IOException {
        IppWire.Answer answer = IppWire.send(printer, jobRequest(CANCEL_JOB, job).bool("purge-job", true).end(new byte[0]));
        return answer.status() == IppWire.NOT_FOUND ? 0 : answer.status();
    }

    private IppWire.Request jobRequest(int operation, int job) throws IOException {
        return new IppWire.Request(operation, printer).integer("job-id", job)
            .text(IppWire.NAME, "requesting-user-name", user);
    }
}
