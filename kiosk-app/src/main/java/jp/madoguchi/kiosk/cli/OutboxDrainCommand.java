package jp.madoguchi.kiosk.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import jp.madoguchi.devices.api.ApplicationGateway;
import jp.madoguchi.devices.spi.Settings;
import jp.madoguchi.kiosk.app.DeviceSetup;
import jp.madoguchi.kiosk.app.KioskConfig;
import jp.madoguchi.kiosk.submit.Outbox;
import jp.madoguchi.kiosk.submit.OutboxSender;
import jp.madoguchi.kiosk.submit.OutboxStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ./kiosk outbox drain}: delivers what is pending now, through the configured gateway. */
@Command(name = "drain", mixinStandardHelpOptions = true,
    description = {"Deliver every pending application through the configured gateway, retrying with backoff until the",
        "outbox holds nothing pending or the timeout passes. Exit 0 when nothing is pending, 1 (with the count) otherwise.",
        "Refused applications stay for staff and are not counted as pending."})
public final class OutboxDrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(names = "--timeout-s", paramLabel = "T", description = "Give up after T seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds = 60;

    @Override
    public Integer call() throws Exception {
        Settings settings = config.settings();
        if (timeoutSeconds < 0) {
            throw new IllegalArgumentException("--timeout-s must be 0 or more, was " + timeoutSeconds);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Outbox outbox = Outbox.open(KioskConfig.outbox(settings), Clock.systemUTC());
             ApplicationGateway gateway = DeviceSetup.openGateway(settings)) {
            OutboxStatus start = outbox.status();
            int before = start.pending();
            OutboxSender sender = new OutboxSender(outbox, gateway, Clock.systemUTC());
            boolean empty = before == 0 || sender.drain(Duration.ofSeconds(timeoutSeconds));
            OutboxStatus after = outbox.status();
            if (after.problem().isPresent()) {
                out.println("outbox: " + after.problem().get());
                out.flush();
                return 1;
            }
            int newlyHeld = after.refused() + after.unreadable() - start.refused() - start.unreadable();
            out.printf("delivered %d, pending %d, held for staff %d%n", before - after.pending() - newlyHeld, after.pending(),
                after.refused() + after.unreadable());
            out.flush();
            return empty && after.pending() == 0 ? 0 : 1;
        }
    }
}
