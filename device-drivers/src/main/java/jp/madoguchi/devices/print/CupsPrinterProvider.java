package jp.madoguchi.devices.print;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import jp.madoguchi.devices.api.Printer;
import jp.madoguchi.devices.spi.PrinterConfig;
import jp.madoguchi.devices.spi.PrinterProvider;
import jp.madoguchi.devices.spi.SettingsException;

/** {@code printer.provider=cups}: the named CUPS queue ({@code printer.queue}) on the local CUPS server. */
public final class CupsPrinterProvider implements PrinterProvider {
    /** The local CUPS server; javax.print talks to the same one. */
    static final URI LOCAL_CUPS = URI.create("http://localhost:631");
    static final Duration POLL = Duration.ofSeconds(3);

    @Override
    public String id() {
        return "cups";
    }

    @Override
    public Printer open(PrinterConfig config) {
        if (!config.queue().matches("[A-Za-z0-9_.-]{1,127}")) {
            throw new SettingsException("printer.queue", "must name a CUPS queue (letters, digits, - _ .), was \""
                + config.queue() + "\"");
        }
        return new CupsPrinter(config.queue(), LOCAL_CUPS, POLL, Clock.systemUTC());
    }

    /** Opens a queue on a given server, for tests and tools. */
    public static Printer open(String queue, URI server, Duration poll) {
        return new CupsPrinter(queue, server, poll, Clock.systemUTC());
    }
}
