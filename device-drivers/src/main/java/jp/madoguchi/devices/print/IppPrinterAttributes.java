package jp.madoguchi.devices.print;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.List;

/**
 * Reads a CUPS queue's state with one IPP Get-Printer-Attributes request (RFC 8011), because
 * javax.print's IPP service does not report printer-state-reasons on Linux. Only the three
 * attributes the kiosk shows are asked for and decoded.
 */
final class IppPrinterAttributes {
    private static final int GET_PRINTER_ATTRIBUTES = 0x000B;

    /** What CUPS says about a queue; {@code state} is 3 idle, 4 processing, 5 stopped. */
    record QueueState(int state, List<String> reasons, boolean acceptingJobs) {
    }

    private final URI server;

    /** @param server the CUPS server, e.g. http://localhost:631 */
    IppPrinterAttributes(URI server) {
        this.server = server;
    }

    QueueState read(String queue) throws IOException {
        URI printer = server.resolve("/printers/" + queue);
        byte[] request = new IppWire.Request(GET_PRINTER_ATTRIBUTES, printer)
            .text(IppWire.KEYWORD, "requested-attributes", "printer-state")
            .text(IppWire.KEYWORD, "", "printer-state-reasons")
            .text(IppWire.KEYWORD, "", "printer-is-accepting-jobs")
            .end(new byte[0]);
        return of(IppWire.send(printer, request));
    }

    static QueueState parse(DataInputStream in) throws IOException {
        return of(IppWire.read(in));
    }

    private static QueueState of(IppWire.Answer answer) throws IOException {
        if (answer.status() >= 0x0400) {
            throw new IOException(String.format("CUPS refused the request (IPP status 0x%04x): no such queue?", answer.status()));
        }
        List<IppWire.Value> state = answer.all("printer-state");
        List<IppWire.Value> accepting = answer.all("printer-is-accepting-jobs");
        return new QueueState(
            state.isEmpty() || state.get(0).tag() != IppWire.ENUM ? 0 : state.get(0).integer(),
            answer.all("printer-state-reasons").stream().map(IppWire.Value::text).toList(),
            !accepting.isEmpty() && accepting.get(0).tag() == IppWire.BOOLEAN && accepting.get(0).bytes().length == 1
                && accepting.get(0).bytes()[0] != 0);
    }
}
