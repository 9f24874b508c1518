package jp.madoguchi.kiosk.flow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.madoguchi.devices.spi.GatewayConfig;
import jp.madoguchi.kiosk.submit.Outbox;
import jp.madoguchi.kiosk.submit.OutboxConfig;
import jp.madoguchi.kiosk.submit.OutboxException;
import jp.madoguchi.kiosk.submit.OutboxSender;
import jp.madoguchi.sim.gateway.GatewaySimulator;
import jp.madoguchi.sim.gateway.SimulatedGatewayLink;
import jp.madoguchi.sim.register.FormLedger;

/**
 * The receiving side of a test kiosk, as the real kiosk has it: the outbox (SQLite, encrypted, in a
 * temporary folder), its sender (not started: tests deliver with {@link #deliver()}, synchronously,
 * so each step is deterministic) and the real HTTP client to a gateway simulator on loopback that
 * refuses the forms the simulated register voided.
 */
final class SimulatedReceiver implements AutoCloseable {
    /** Quick timeouts, one attempt per delivery. */
    final SimulatedGatewayLink gateway;
    /** What reached the simulated receiver, in order (each new application once). */
    final List<GatewaySimulator.Stored> arrived = new CopyOnWriteArrayList<>();
    final Path outboxDir;
    final Outbox outbox;
    final OutboxSender sender;

    /** @param outboxConfig the outbox to use (null: a fresh one in a temporary folder) */
    SimulatedReceiver(Clock clock, FormLedger ledger, OutboxConfig outboxConfig) {
        gateway = SimulatedGatewayLink.open(new GatewayConfig("sim", "", Duration.ofSeconds(2), Duration.ofSeconds(2), 1,
            Optional.empty(), Optional.empty(), Optional.empty()), clock);
        gateway.simulator().onStored(arrived::add);
        gateway.simulator().faults().alsoRefuse(ledger::refusalFor);
        try {
            outboxDir = Files.createTempDirectory("madoguchi-test-outbox");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        outbox = Outbox.open(outboxConfig != null ? outboxConfig
            : new OutboxConfig(outboxDir, outboxDir.resolve("outbox.key"), Optional.empty(), Optional.empty()), clock);
        sender = new OutboxSender(outbox, gateway, clock);
    }

    /** What the flow hands applications to: this outbox, a 3 s wait for the receipt. */
    Submission submission() {
        return new Submission(outbox, "test-kiosk", Duration.ofSeconds(3));
    }

    /** One pass of the sender, on this thread: every due application is tried once. */
    int deliver() {
        try {
            return sender.sendDue();
        } catch (OutboxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        sender.close();
        outbox.close();
        try (var files = Files.walk(outboxDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: the system cleans it eventually
        }
    }
}
