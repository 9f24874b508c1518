package jp.madoguchi.kiosk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import jp.madoguchi.devices.spi.Settings;
import jp.madoguchi.kiosk.app.KioskConfig;
import jp.madoguchi.kiosk.submit.Outbox;
import jp.madoguchi.kiosk.submit.OutboxConfig;
import jp.madoguchi.kiosk.submit.OutboxStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ./kiosk outbox status}: counts and ages, refused items by the form ID's last four digits; nothing else personal. */
@Command(name = "status", mixinStandardHelpOptions = true,
    description = {"Counts and ages of the applications waiting in the outbox, and why any is held back for staff.",
        "Prints no personal data (form IDs by their last four digits only). Exit 1 if the outbox cannot be read."})
public final class OutboxStatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(names = "--json", description = "One JSON object instead of lines.")
    boolean json;

    @Override
    public Integer call() {
        Settings settings = config.settings();
        OutboxConfig where = KioskConfig.outbox(settings);
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.exists(where.dir().resolve("outbox.db"))) {
            out.println(json ? "{\"outbox\":" + OutboxJson.quote(where.dir().toString()) + ",\"pending\":0,\"refused\":0,"
                + "\"unreadable\":0,\"exists\":false}" : "outbox " + where.dir() + ": empty (nothing was ever stored here)");
            out.flush();
            return 0;
        }
        try (Outbox outbox = Outbox.open(where, Clock.systemUTC())) {
            OutboxStatus status = outbox.status();
            out.println(json ? OutboxJson.status(where, status) : lines(where, status));
            out.flush();
            return status.problem().isPresent() ? 1 : 0;
        }
    }

    private static String lines(OutboxConfig where, OutboxStatus s) {
        StringBuilder b = new StringBuilder("outbox " + where.dir() + "\n");
        s.problem().ifPresent(p -> b.append("PROBLEM: ").append(p).append('\n'));
        b.append(String.format("pending %d%s, refused %d, unreadable %d", s.pending(),
            s.oldestPendingAge().map(a -> " (oldest waiting " + age(a) + ")").orElse(""), s.refused(), s.unreadable()));
        for (OutboxStatus.Held h : s.held()) {
            b.append(String.format("%n  %s form ***%s since %s: %s (key %s)", h.state().name().toLowerCase(java.util.Locale.ROOT),
                h.formIdTail(), h.since(), h.reason(), h.key()));
        }
        s.movedAside().forEach(p -> b.append("\n  damaged outbox moved aside: ").append(p));
        return b.toString();
    }

    static String age(Duration d) {
        long s = d.getSeconds();
        return s < 120 ? s + " s" : s < 7200 ? s / 60 + " min" : s < 172_800 ? s / 3600 + " h" : s / 86_400 + " days";
    }
}
